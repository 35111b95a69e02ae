/**
 * Builds a gallery composite with known truth: panels laid out in a grid with gaps, an outer border, a
 * background colour, optional frames, caption strips drawn as text (sharp's SVG support), a logo band,
 * and a JPEG re-encode, as clinics publish them. The truth is each panel's rectangle in the result.
 */
import sharp from 'sharp';
import type { OverlayOptions } from 'sharp';
import type { PanelRect } from '../../shared/contract/composite.js';
import type { RgbImage } from '../../shared/analysis/image.js';

type Rgb = readonly [number, number, number];

export interface CompositeSpec {
  /** Grid; `panels` holds rows x cols images in reading order. */
  readonly layout: { readonly rows: number; readonly cols: number };
  readonly panels: readonly RgbImage[];
  /** Background between the panels, pixels (0: panels touch, a gapless seam). */
  readonly gapPx: number;
  /** Background around the whole grid, pixels. */
  readonly borderPx: number;
  readonly background: Rgb;
  /** A frame drawn around each panel (outside its photo). @default none */
  readonly frame?: { readonly px: number; readonly colour: Rgb } | null;
  /** One caption per panel, drawn on the background in a strip above or below it. @default none */
  readonly captions?: {
    readonly texts: readonly string[];
    readonly where: 'above' | 'below';
    readonly sizePx: number;
    readonly colour: Rgb;
  } | null;
  /** A band across the whole composite with a coloured mark and the clinic's name. @default none */
  readonly logo?: {
    readonly where: 'top' | 'bottom';
    readonly text: string;
    readonly heightPx: number;
  } | null;
  /** JPEG quality of the re-encode, or null for PNG (lossless). */
  readonly quality: number | null;
}

export interface CompositeTruth {
  readonly width: number;
  readonly height: number;
  /** Each panel's photo (frame, caption and gaps left out) in the composite, reading order. */
  readonly rects: readonly PanelRect[];
  readonly layout: { readonly rows: number; readonly cols: number };
}

const hex = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The encoded composite and its truth. Deterministic for a given spec. */
export async function makeComposite(spec: CompositeSpec): Promise<{ file: Buffer; truth: CompositeTruth }> {
  const { rows, cols } = spec.layout;
  if (spec.panels.length !== rows * cols) {
    throw new RangeError(
      `makeComposite: ${rows}x${cols} needs ${rows * cols} panels, got ${spec.panels.length}`,
    );
  }
  const frame = spec.frame?.px ?? 0;
  const cap = spec.captions ? Math.round(spec.captions.sizePx * 1.7) : 0;
  const logoH = spec.logo?.heightPx ?? 0;
  const at = (r: number, c: number) => spec.panels[r * cols + c] as RgbImage;
  const colW = Array.from({ length: cols }, (_, c) =>
    Math.max(...Array.from({ length: rows }, (_, r) => at(r, c).width + 2 * frame)),
  );
  const rowH = Array.from(
    { length: rows },
    (_, r) => Math.max(...Array.from({ length: cols }, (_, c) => at(r, c).height + 2 * frame)) + cap,
  );
  const top = spec.borderPx + (spec.logo?.where === 'top' ? logoH + spec.borderPx : 0);
  const width = 2 * spec.borderPx + colW.reduce((a, b) => a + b) + (cols - 1) * spec.gapPx;
  const gridH = rowH.reduce((a, b) => a + b) + (rows - 1) * spec.gapPx;
  const height = top + gridH + spec.borderPx + (spec.logo?.where === 'bottom' ? logoH + spec.borderPx : 0);
  const layers: OverlayOptions[] = [];
  const svg: string[] = [];
  const rects: PanelRect[] = [];
  let y = top;
  for (let r = 0; r < rows; r++) {
    let x = spec.borderPx;
    for (let c = 0; c < cols; c++) {
      const p = at(r, c);
      // Centred in its cell: panels of one row may differ in size.
      const px = x + Math.floor((colW[c]! - p.width) / 2);
      const capAbove = spec.captions?.where === 'above' ? cap : 0;
      const py = y + capAbove + Math.floor((rowH[r]! - cap - p.height) / 2);
      if (spec.frame && frame > 0) {
        svg.push(
          `<rect x="${px - frame}" y="${py - frame}" width="${p.width + 2 * frame}" height="${p.height + 2 * frame}" fill="${hex(spec.frame.colour)}"/>`,
        );
      }
      layers.push({
        input: Buffer.from(p.data),
        raw: { width: p.width, height: p.height, channels: 3 },
        left: px,
        top: py,
      });
      rects.push([px, py, p.width, p.height]);
      if (spec.captions) {
        const text = spec.captions.texts[r * cols + c] ?? '';
        const ty =
          spec.captions.where === 'above' ? py - frame - cap * 0.3 : py + p.height + frame + cap * 0.8;
        svg.push(
          `<text x="${px + p.width / 2}" y="${ty}" font-size="${spec.captions.sizePx}" font-family="DejaVu Sans, sans-serif" font-weight="bold" text-anchor="middle" fill="${hex(spec.captions.colour)}">${esc(text)}</text>`,
        );
      }
      x += colW[c]! + spec.gapPx;
    }
    y += rowH[r]! + spec.gapPx;
  }
  if (spec.logo) {
    const ly = spec.logo.where === 'top' ? spec.borderPx : height - spec.borderPx - logoH;
    const h = logoH;
    svg.push(
      `<rect x="${width / 2 - h * 2.5}" y="${ly + h * 0.15}" width="${h * 0.7}" height="${h * 0.7}" rx="${h * 0.2}" fill="rgb(20,110,180)"/>`,
      `<text x="${width / 2 - h * 1.6}" y="${ly + h * 0.72}" font-size="${h * 0.6}" font-family="DejaVu Sans, sans-serif" fill="rgb(60,60,60)">${esc(spec.logo.text)}</text>`,
    );
  }
  // Frames go under the photos (drawn first), text on top of the background only.
  const overlay = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${svg.join('')}</svg>`,
  );
  const base = sharp({ create: { width, height, channels: 3, background: hex(spec.background) } });
  const flat = await base
    .composite([{ input: overlay, left: 0, top: 0 }, ...layers])
    .removeAlpha()
    .raw()
    .toBuffer();
  const img = sharp(flat, { raw: { width, height, channels: 3 } });
  const file =
    spec.quality === null ? await img.png().toBuffer() : await img.jpeg({ quality: spec.quality }).toBuffer();
  return { file, truth: { width, height, rects, layout: spec.layout } };
}
