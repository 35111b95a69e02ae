/** Copies a rectangle out of an RGB image. */
import type { RgbImage } from '../image.js';

/** The pixels of [x, y, w, h]; throws RangeError when the rectangle leaves the image. */
export function cropRgb(img: RgbImage, rect: readonly [number, number, number, number]): RgbImage {
  const [x, y, w, h] = rect;
  if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > img.width || y + h > img.height) {
    throw new RangeError(`cropRgb: [${rect.join(', ')}] is not inside ${img.width}x${img.height}`);
  }
  const out = new Uint8Array(w * h * 3);
  for (let r = 0; r < h; r++) {
    const from = ((y + r) * img.width + x) * 3;
    out.set(img.data.subarray(from, from + w * 3), r * w * 3);
  }
  return { width: w, height: h, data: out };
}
