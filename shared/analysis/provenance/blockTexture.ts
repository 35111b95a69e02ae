/**
 * Texture per 8x8 block: the mean absolute luma step between neighbouring pixels inside the block. The
 * error level of a block saved once grows with its texture (more detail, more quantization error), so
 * errorLevelScore compares each block with what its texture predicts, not with the photo as a whole.
 */
import type { RgbImage } from '../image.js';
import type { BlockMap } from './errorLevelBlocks.js';

/** One value per 8x8 block of `image`, on the same blocks as errorLevelBlocks. */
export function blockTexture(image: RgbImage): BlockMap {
  const { width: w, data: d } = image;
  const cols = Math.floor(w / 8);
  const rows = Math.floor(image.height / 8);
  const values = new Float32Array(cols * rows);
  // Two rows of luma at a time: a whole luma plane of a 12 MP photo would be 48 MB.
  let row = new Float32Array(cols * 8);
  let next = new Float32Array(cols * 8);
  const fill = (out: Float32Array, y: number) => {
    for (let x = 0, j = y * w * 3; x < cols * 8; x++, j += 3)
      out[x] = 0.299 * (d[j] as number) + 0.587 * (d[j + 1] as number) + 0.114 * (d[j + 2] as number);
  };
  fill(row, 0);
  for (let y = 0; y < rows * 8; y++) {
    const base = (y >> 3) * cols;
    // The step down stays inside the block: the block's last row has none.
    const down = (y & 7) < 7;
    if (down) fill(next, y + 1);
    for (let x = 0; x < cols * 8; x++) {
      const v = row[x] as number;
      let s = (x & 7) < 7 ? Math.abs((row[x + 1] as number) - v) : 0;
      if (down) s += Math.abs((next[x] as number) - v);
      values[base + (x >> 3)] = (values[base + (x >> 3)] as number) + s;
    }
    if (down) [row, next] = [next, row];
    else if (y + 1 < rows * 8) fill(row, y + 1);
  }
  // 56 horizontal and 56 vertical steps inside each block.
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / 112;
  return { cols, rows, values };
}
