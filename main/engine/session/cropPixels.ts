/**
 * A square window of a photo's pixels, as they are: no resampling, so every pixel of the crop is the
 * photo's own. Where the window runs past the photo's edge the crop is transparent.
 */
import type { RgbImage } from '../../../shared/analysis/image.js';

/** RGBA, `size` x `size`: crop pixel (i, j) is photo pixel (left + i, top + j), alpha 0 outside it. */
export function cropPixels(img: RgbImage, left: number, top: number, size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const x0 = Math.max(0, left);
  const x1 = Math.min(img.width, left + size);
  if (x1 <= x0) return out;
  for (let j = 0; j < size; j++) {
    const y = top + j;
    if (y < 0 || y >= img.height) continue;
    let o = (j * size + (x0 - left)) * 4;
    let s = (y * img.width + x0) * 3;
    for (let x = x0; x < x1; x++, o += 4, s += 3) {
      out[o] = img.data[s] as number;
      out[o + 1] = img.data[s + 1] as number;
      out[o + 2] = img.data[s + 2] as number;
      out[o + 3] = 255;
    }
  }
  return out;
}
