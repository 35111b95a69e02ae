/**
 * The difference map as a PNG with its legend underneath, so the image explains itself when it travels
 * without the report.
 */
import type { DifferenceMap } from './differenceMap.js';
import { rawSharp } from './rawSharp.js';
import { svgText } from './svgText.js';
import { viridis } from './viridis.js';

const LEGEND_BACKGROUND = '#1a1a1a';

/** `map.image` with a legend strip (colour bar, scale, what gray means, mean difference) below it. */
export async function heatmapPng(map: DifferenceMap): Promise<Buffer> {
  const { width, height } = map.image;
  const mean = map.mean === null ? 'no overlap' : `mean over the overlap ${map.mean.toFixed(1)}`;
  const lines = [
    `Absolute luma difference (0–255) after exposure normalization; ${mean}.`,
    'Gray: outside the overlap, no comparison possible.',
  ];
  const longest = Math.max(...lines.map((l) => l.length));
  // About 1.6 % of the width, but never so large that the longest line (0.56 em per character in
  // DejaVu Sans) runs off a narrow image.
  const font = Math.max(
    8,
    Math.min(Math.round(width * 0.016), Math.floor((width * 0.94) / (longest * 0.56))),
  );
  const pad = Math.round(font * 0.8);
  const barHeight = Math.round(font * 1.2);
  const lineHeight = Math.round(font * 1.35);
  const stripHeight = pad + barHeight + pad + font + pad + lineHeight * lines.length + pad;
  const barWidth = width - 2 * pad;
  const lut = viridis();
  // 17 stops reproduce the polynomial curve closely; rsvg interpolates linearly in sRGB between them.
  const stops = Array.from({ length: 17 }, (_, i) => {
    const k = Math.round((i / 16) * 255) * 3;
    const hex = [lut[k], lut[k + 1], lut[k + 2]]
      .map((v) => (v as number).toString(16).padStart(2, '0'))
      .join('');
    return `<stop offset="${(i / 16).toFixed(4)}" stop-color="#${hex}"/>`;
  }).join('');
  const tickY = pad + barHeight + pad + font;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${stripHeight}">` +
    `<defs><linearGradient id="v" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>` +
    `<rect x="${pad}" y="${pad}" width="${barWidth}" height="${barHeight}" fill="url(#v)"/>` +
    svgText(pad, tickY, font, '0 (same)', { fill: '#dddddd' }) +
    svgText(pad + barWidth / 2, tickY, font, String(Math.round(map.range / 2)), {
      fill: '#dddddd',
      anchor: 'middle',
    }) +
    svgText(pad + barWidth, tickY, font, `≥ ${map.range}`, { fill: '#dddddd', anchor: 'end' }) +
    lines
      .map((l, i) => svgText(pad, tickY + pad + (i + 1) * lineHeight, font, l, { fill: '#dddddd' }))
      .join('') +
    `</svg>`;
  return (
    rawSharp(map.image)
      .extend({ bottom: stripHeight, background: LEGEND_BACKGROUND })
      .composite([{ input: Buffer.from(svg), left: 0, top: height }])
      // Compositing adds an alpha channel; the map is opaque and a PNG without one is a quarter smaller.
      .removeAlpha()
      .png({ compressionLevel: 6 })
      .toBuffer()
  );
}
