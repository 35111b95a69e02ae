/** Median colour and plainness of every line of a box: the raw material for bands, strips and borders. */
import type { RgbImage } from '../image.js';
import type { Axis, Box, LineStats } from './types.js';

/**
 * For each line of `box` along `axis` (rows when 'row'): its per-channel median colour, and the share
 * of its pixels whose every channel is within `tol` of that median. A median (not a mean) so that text
 * or a logo covering part of a caption band does not move the band's colour.
 */
export function lineStats(img: RgbImage, axis: Axis, box: Box, tol: number): LineStats {
  const lines = axis === 'row' ? box.h : box.w;
  const len = axis === 'row' ? box.w : box.h;
  const median = new Uint8Array(lines * 3);
  const plain = new Float32Array(lines);
  const hist = new Uint32Array(768);
  const d = img.data;
  const W = img.width;
  // Offset of pixel k of line i, in bytes, and the stride along the line.
  const start = (i: number) => (axis === 'row' ? ((box.y + i) * W + box.x) * 3 : (box.y * W + box.x + i) * 3);
  const step = axis === 'row' ? 3 : W * 3;
  const half = len / 2;
  for (let i = 0; i < lines; i++) {
    hist.fill(0);
    const s = start(i);
    for (let k = 0, o = s; k < len; k++, o += step) {
      hist[d[o] as number]! += 1;
      hist[256 + (d[o + 1] as number)]! += 1;
      hist[512 + (d[o + 2] as number)]! += 1;
    }
    for (let c = 0; c < 3; c++) {
      let acc = 0;
      let v = 0;
      while (v < 255 && acc + (hist[c * 256 + v] as number) < half) acc += hist[c * 256 + v++] as number;
      median[i * 3 + c] = v;
    }
    const r = median[i * 3] as number;
    const g = median[i * 3 + 1] as number;
    const b = median[i * 3 + 2] as number;
    let n = 0;
    for (let k = 0, o = s; k < len; k++, o += step) {
      if (
        Math.abs((d[o] as number) - r) <= tol &&
        Math.abs((d[o + 1] as number) - g) <= tol &&
        Math.abs((d[o + 2] as number) - b) <= tol
      )
        n++;
    }
    plain[i] = len > 0 ? n / len : 0;
  }
  return { median, plain };
}
