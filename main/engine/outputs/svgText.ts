/**
 * Text for the rendered images. libvips draws SVG with rsvg + pango, which uses the fonts fontconfig
 * finds; DejaVu and Liberation are on the build machines, and the generic family catches the rest.
 */
import { escapeHtml } from './escapeHtml.js';

export const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', sans-serif";

export interface SvgTextOptions {
  /** @default 'start' */
  anchor?: 'start' | 'middle' | 'end';
  /** @default '#ffffff' */
  fill?: string;
  /** @default 'normal' */
  weight?: 'normal' | 'bold';
}

/** One `<text>` element with the string escaped; x, y is the baseline anchor point. */
export function svgText(
  x: number,
  y: number,
  size: number,
  text: string,
  options: SvgTextOptions = {},
): string {
  const anchor = options.anchor ?? 'start';
  const fill = options.fill ?? '#ffffff';
  const weight = options.weight ?? 'normal';
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}
