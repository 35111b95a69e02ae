/**
 * The JPEG (JFIF, BT.601 full range) luma of an RGB image as floats: a decoder turns the file's Y channel
 * into RGB with the inverse of these weights, so this gives Y back to within rounding. The 8-bit
 * `toGray` of image.ts rounds to integers, which would add noise to the DCT histograms read here.
 */
import type { RgbImage } from '../image.js';

/** A float plane, row-major. */
export interface Plane {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

/** Luma of the rectangle [x, y, width, height] of `img` (the whole image by default). */
export function lumaPlane(img: RgbImage, rect?: readonly [number, number, number, number]): Plane {
  const [x0, y0, w, h] = rect ?? [0, 0, img.width, img.height];
  const out = new Float32Array(w * h);
  const d = img.data;
  for (let y = 0; y < h; y++) {
    let j = ((y0 + y) * img.width + x0) * 3;
    const row = y * w;
    for (let x = 0; x < w; x++, j += 3) {
      out[row + x] = 0.299 * (d[j] as number) + 0.587 * (d[j + 1] as number) + 0.114 * (d[j + 2] as number);
    }
  }
  return { width: w, height: h, data: out };
}
