/**
 * Error level per 8x8 block: the mean absolute luma difference between a photo and the same photo
 * saved again at a fixed JPEG quality. Content that already went through that quantization changes
 * little; content with another compression history (pasted from elsewhere, retouched, never
 * compressed) changes more or less than its surroundings.
 */
import type { RgbImage } from '../image.js';

/** A map of one value per 8x8 block, row-major; block (c, r) covers pixels [8c, 8c+8) x [8r, 8r+8). */
export interface BlockMap {
  readonly cols: number;
  readonly rows: number;
  readonly values: Float32Array;
}

/** Per-block error level of `image` against `resaved` (same size; the re-encoded photo). */
export function errorLevelBlocks(image: RgbImage, resaved: RgbImage): BlockMap {
  if (image.width !== resaved.width || image.height !== resaved.height) {
    throw new Error(
      `errorLevelBlocks: expected the re-encoded image at ${image.width}x${image.height}, got ${resaved.width}x${resaved.height}`,
    );
  }
  const cols = Math.floor(image.width / 8);
  const rows = Math.floor(image.height / 8);
  const values = new Float32Array(cols * rows);
  const a = image.data;
  const b = resaved.data;
  for (let y = 0; y < rows * 8; y++) {
    const rowBase = (y >> 3) * cols;
    let j = y * image.width * 3;
    for (let x = 0; x < cols * 8; x++, j += 3) {
      const d =
        0.299 * ((a[j] as number) - (b[j] as number)) +
        0.587 * ((a[j + 1] as number) - (b[j + 1] as number)) +
        0.114 * ((a[j + 2] as number) - (b[j + 2] as number));
      values[rowBase + (x >> 3)] = (values[rowBase + (x >> 3)] as number) + Math.abs(d);
    }
  }
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / 64;
  return { cols, rows, values };
}
