/**
 * Sums over every k x k window of a float plane, from a summed-area table: the local statistics the
 * copy-move verification needs at every pixel, at a cost that does not grow with the window.
 */

/**
 * Sum of `data` (w x h, row-major) over the k x k window whose top-left corner is (x, y), for every
 * corner that keeps the window inside: (w - k + 1) x (h - k + 1) values, row-major.
 */
export function boxSums(data: ArrayLike<number>, w: number, h: number, k: number): Float64Array {
  const ow = w - k + 1;
  const oh = h - k + 1;
  if (ow <= 0 || oh <= 0) return new Float64Array(0);
  const ii = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    const base = (y + 1) * (w + 1);
    for (let x = 0; x < w; x++) {
      row += data[y * w + x] as number;
      ii[base + x + 1] = (ii[base - (w + 1) + x + 1] as number) + row;
    }
  }
  const out = new Float64Array(ow * oh);
  for (let y = 0; y < oh; y++) {
    const top = y * (w + 1);
    const bottom = (y + k) * (w + 1);
    for (let x = 0; x < ow; x++) {
      out[y * ow + x] =
        (ii[bottom + x + k] as number) -
        (ii[top + x + k] as number) -
        (ii[bottom + x] as number) +
        (ii[top + x] as number);
    }
  }
  return out;
}
