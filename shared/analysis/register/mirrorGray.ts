import type { GrayImage } from '../image.js';
import { checkImage } from '../image.js';

/** The image flipped left to right: pixel (x, y) moves to (width - 1 - x, y). */
export function mirrorGray(img: GrayImage): GrayImage {
  checkImage(img, 1, 'mirrorGray');
  const { width, height } = img;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = out.subarray(y * width, (y + 1) * width);
    row.set(img.data.subarray(y * width, (y + 1) * width));
    row.reverse();
  }
  return { width, height, data: out };
}
