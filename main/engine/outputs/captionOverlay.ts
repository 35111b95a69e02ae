/**
 * A small caption in the top-left corner of a panel, as an SVG to composite with sharp.
 */
import { svgText } from './svgText.js';

/**
 * An SVG the size of the panel with `label` on a translucent dark tab, readable on skin, hair and the
 * gray fill alike. The font scales with the panel so the caption stays small but legible.
 */
export function captionOverlay(width: number, height: number, label: string): Buffer {
  const size = Math.max(11, Math.round(Math.min(width, height) * 0.04));
  const pad = Math.round(size * 0.5);
  // Pango's real advance is unknown here; 0.68 em per character fits DejaVu Sans Bold capitals.
  const tabWidth = Math.min(width, Math.round(label.length * size * 0.68 + 2 * pad));
  const tabHeight = Math.round(size * 1.5);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect x="${pad}" y="${pad}" width="${tabWidth}" height="${tabHeight}" rx="${Math.round(size * 0.25)}" fill="#000000" fill-opacity="0.6"/>` +
    svgText(2 * pad, pad + Math.round(size * 1.1), size, label, { weight: 'bold' }) +
    `</svg>`;
  return Buffer.from(svg);
}
