/**
 * The detail of a gray image without its shading: a small box blur minus a wider one (a difference of
 * boxes). Smooth gradients and flat walls come out as zero, so they cannot look like copies of each
 * other; a healing brush, which changes only the shading of a pasted patch, leaves this detail as it
 * was; and the finest pixel-level detail, which a sub-pixel shift of a resampled copy scrambles, is
 * smoothed away.
 */
import type { GrayImage } from '../image.js';
import type { Plane } from './lumaPlane.js';
import { boxSums } from './boxSums.js';

/** Inner and outer box sides (pixels, odd; the defaults were not varied). @default [3, 9] */
export function bandPass(img: GrayImage, inner = 3, outer = 9): Plane {
  const { width: w, height: h, data } = img;
  const a = boxMean(data, w, h, inner);
  const b = boxMean(data, w, h, outer);
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) - (b[i] as number);
  return { width: w, height: h, data: out };
}

/** Mean over the k x k window centred on every pixel, the edges repeated. */
function boxMean(data: Uint8Array, w: number, h: number, k: number): Float32Array {
  const r = k >> 1;
  const pw = w + 2 * r;
  const ph = h + 2 * r;
  const padded = new Float32Array(pw * ph);
  for (let y = 0; y < ph; y++) {
    const sy = Math.min(h - 1, Math.max(0, y - r));
    for (let x = 0; x < pw; x++)
      padded[y * pw + x] = data[sy * w + Math.min(w - 1, Math.max(0, x - r))] as number;
  }
  const sums = boxSums(padded, pw, ph, k);
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i++) out[i] = (sums[i] as number) / (k * k);
  return out;
}
