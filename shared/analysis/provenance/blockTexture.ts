/**
 * Texture per 8x8 block: the mean absolute luma step between neighbouring pixels inside the block. The
 * error level of a block saved once grows with its texture (more detail, more quantization error), so
 * errorLevelScore compares each block with blocks of like texture, not with the photo as a whole.
 */
import type { RgbImage } from '../image.js';
import type { BlockMap } from './errorLevelBlocks.js';

/** One value per 8x8 block of `image`, on the same blocks as errorLevelBlocks. */
export function blockTexture(image: RgbImage): BlockMap {
  const { width: w } = image;
  const cols = Math.floor(w / 8);
  const rows = Math.floor(image.height / 8);
  const d = image.data;
  const luma = (i: number) =>
    0.299 * (d[3 * i] as number) + 0.587 * (d[3 * i + 1] as number) + 0.114 * (d[3 * i + 2] as number);
  const values = new Float32Array(cols * rows);
  for (let y = 0; y < rows * 8; y++) {
    const base = (y >> 3) * cols;
    const inBlockBelow = (y & 7) < 7;
    for (let x = 0; x < cols * 8; x++) {
      const i = y * w + x;
      const v = luma(i);
      let s = (x & 7) < 7 ? Math.abs(luma(i + 1) - v) : 0;
      if (inBlockBelow) s += Math.abs(luma(i + w) - v);
      values[base + (x >> 3)] = (values[base + (x >> 3)] as number) + s;
    }
  }
  // 56 horizontal and 56 vertical steps inside each block.
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / 112;
  return { cols, rows, values };
}
