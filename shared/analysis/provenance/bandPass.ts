/**
 * The detail of a gray image without its shading: a small box blur minus a wider one (a difference of
 * boxes). Smooth gradients and flat walls come out as zero, so they cannot look like copies of each
 * other; a healing brush, which changes only the shading of a pasted patch, leaves this detail as it
 * was; and the finest pixel-level detail, which a sub-pixel shift of a resampled copy scrambles, is
 * smoothed away.
 */
import type { GrayImage } from '../image.js';
import type { Plane } from './lumaPlane.js';

/** Inner and outer box sides (pixels, odd; the defaults were not varied). @default [3, 9] */
export function bandPass(img: GrayImage, inner = 3, outer = 9): Plane {
  const { width: w, height: h, data } = img;
  const a = boxMean(data, w, h, inner);
  const b = boxMean(data, w, h, outer);
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) - (b[i] as number);
  return { width: w, height: h, data: a };
}

/**
 * Mean over the k x k window centred on every pixel, the edges repeated. The sums are integers, held
 * exactly, so the means are the same whatever order they are added in.
 */
function boxMean(data: Uint8Array, w: number, h: number, k: number): Float32Array {
  const rows = new Int32Array(w * h);
  rowSums(data, rows, w, h, k >> 1);
  const out = new Float32Array(w * h);
  columnMeans(rows, out, w, h, k >> 1);
  return out;
}

/** Sum over the 2r + 1 pixels of its row centred on every pixel (a running sum), edges repeated. */
function rowSums(data: Uint8Array, out: Int32Array, w: number, h: number, r: number): void {
  const last = w - 1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let s = 0;
    for (let x = -r; x <= r; x++) s += data[row + (x < 0 ? 0 : x > last ? last : x)] as number;
    for (let x = 0; x < w; x++) {
      out[row + x] = s;
      const add = x + r + 1;
      const drop = x - r;
      s += (data[row + (add > last ? last : add)] as number) - (data[row + (drop < 0 ? 0 : drop)] as number);
    }
  }
}

/** Mean of the row sums over the 2r + 1 rows centred on every pixel (running column sums), edges repeated. */
function columnMeans(rows: Int32Array, out: Float32Array, w: number, h: number, r: number): void {
  const last = h - 1;
  const n = (2 * r + 1) * (2 * r + 1);
  const col = new Int32Array(w);
  for (let y = -r; y <= r; y++) {
    const row = (y < 0 ? 0 : y > last ? last : y) * w;
    for (let x = 0; x < w; x++) col[x] = (col[x] as number) + (rows[row + x] as number);
  }
  for (let y = 0; y < h; y++) {
    const add = (y + r + 1 > last ? last : y + r + 1) * w;
    const drop = (y - r < 0 ? 0 : y - r) * w;
    const at = y * w;
    for (let x = 0; x < w; x++) {
      const c = col[x] as number;
      out[at + x] = c / n;
      col[x] = c + (rows[add + x] as number) - (rows[drop + x] as number);
    }
  }
}
