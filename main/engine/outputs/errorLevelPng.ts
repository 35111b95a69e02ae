/**
 * The error-level map of one photo as a PNG heat map the size of the photo (long side <= maxSide):
 * one colour per 8x8 block, viridis from 0 to the 99th percentile of the blocks, so a region with
 * another compression history shows as a patch of another colour. Block edges are kept sharp (nearest
 * neighbour): the map has no detail finer than a block, and smoothing would invent some.
 */
import sharp from '../sharp.js';
import type { ErrorLevelMap } from '../provenance/measureProvenance.js';
import { viridis } from './viridis.js';

/** The heat map as PNG bytes, the size of the measured image scaled to fit `maxSide`. */
export async function errorLevelPng(map: ErrorLevelMap, maxSide = 2048): Promise<Buffer> {
  const sorted = Float32Array.from(map.values).sort();
  // The 99th percentile, not the maximum: one saturated block would otherwise darken all the others.
  const high = Math.max(1e-6, sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 0);
  const lut = viridis();
  const px = new Uint8Array(map.cols * map.rows * 3);
  map.values.forEach((v, i) => {
    const k = Math.min(255, Math.round((v / high) * 255)) * 3;
    px.set(lut.subarray(k, k + 3), i * 3);
  });
  const scale = Math.min(1, maxSide / Math.max(map.width, map.height));
  const raw = { width: map.cols, height: map.rows, channels: 3 as const };
  // The same size as the photo at that scale, so the app can lay it over the photo: the map starts at
  // the file's grid (origin) and the partial blocks at the edges are padded in the lowest colour.
  const w = Math.max(1, Math.round(map.width * scale));
  const h = Math.max(1, Math.round(map.height * scale));
  const left = Math.min(w - 1, Math.round(map.origin[0] * scale));
  const top = Math.min(h - 1, Math.round(map.origin[1] * scale));
  const bw = Math.max(1, Math.min(w - left, Math.round(map.cols * 8 * scale)));
  const bh = Math.max(1, Math.min(h - top, Math.round(map.rows * 8 * scale)));
  const blocks = await sharp(px, { raw }).resize(bw, bh, { kernel: 'nearest', fit: 'fill' }).raw().toBuffer();
  const background = { r: lut[0] as number, g: lut[1] as number, b: lut[2] as number };
  return sharp(blocks, { raw: { width: bw, height: bh, channels: 3 } })
    .extend({ left, top, right: w - left - bw, bottom: h - top - bh, background })
    .png({ compressionLevel: 3 })
    .toBuffer();
}
