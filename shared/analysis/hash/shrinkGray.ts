/**
 * Area-average downscaling of a gray image to a small square, the first step of a perceptual hash: every
 * source pixel contributes by the fraction of it that falls in each target cell, so the result does not
 * depend on how the photo was resized before (nearest or bilinear sampling would alias hair texture).
 */
import type { GrayImage } from '../image.js';
import { checkImage } from '../image.js';

/**
 * Shrinks `img` to `size` x `size` cells (aspect ratio is not kept: a hash compares the same framing).
 * Returns the cell means, row-major, as floats 0..255.
 */
export function shrinkGray(img: GrayImage, size: number): Float64Array {
  checkImage(img, 1, 'shrinkGray');
  if (!(Number.isInteger(size) && size > 0))
    throw new Error(`shrinkGray: size must be a positive integer, got ${size}`);
  const { width: w, height: h, data } = img;
  const xs = weights(w, size);
  const ys = weights(h, size);
  const rows = new Float64Array(h * size);
  // Horizontal pass: each source row to `size` cells.
  for (let y = 0; y < h; y++) {
    const base = y * w;
    for (const [x, cell, f] of xs)
      rows[y * size + cell] = (rows[y * size + cell] as number) + (data[base + x] as number) * f;
  }
  const out = new Float64Array(size * size);
  for (const [y, cell, f] of ys) {
    for (let c = 0; c < size; c++)
      out[cell * size + c] = (out[cell * size + c] as number) + (rows[y * size + c] as number) * f;
  }
  // Each cell covers (w / size) x (h / size) source pixels.
  const norm = (size * size) / (w * h);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * norm;
  return out;
}

/** For each source index, the cells it overlaps and by how much (fractions of one source pixel). */
function weights(n: number, size: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const step = n / size;
  for (let i = 0; i < n; i++) {
    const c0 = Math.floor(i / step);
    const edge = (c0 + 1) * step;
    if (edge >= i + 1 || c0 + 1 >= size) out.push([i, Math.min(c0, size - 1), 1]);
    else {
      out.push([i, c0, edge - i]);
      out.push([i, c0 + 1, i + 1 - edge]);
    }
  }
  return out;
}
