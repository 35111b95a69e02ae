/**
 * Sums over every k x k window of a float plane by running sums (k rows summed per column, slid down
 * a row at a time, then k columns slid along the row): the local statistics the copy-move search needs
 * at every pixel, at a cost that does not grow with the window.
 */

/**
 * Sum of `data` (w x h, row-major) over the k x k window whose top-left corner is (x, y), for every
 * corner that keeps the window inside: (w - k + 1) x (h - k + 1) values, row-major.
 */
export function boxSums(data: Float32Array, w: number, h: number, k: number): Float64Array {
  const ow = w - k + 1;
  const oh = h - k + 1;
  if (ow <= 0 || oh <= 0) return new Float64Array(0);
  const col = new Float64Array(w);
  for (let y = 0; y < k - 1; y++) addRow(col, data, y * w, w);
  const out = new Float64Array(ow * oh);
  for (let y = 0; y < oh; y++) {
    addRow(col, data, (y + k - 1) * w, w);
    slideRow(col, out, y * ow, w, k);
    subtractRow(col, data, y * w, w);
  }
  return out;
}

function addRow(col: Float64Array, data: Float32Array, at: number, w: number): void {
  for (let x = 0; x < w; x++) col[x] = (col[x] as number) + (data[at + x] as number);
}

function subtractRow(col: Float64Array, data: Float32Array, at: number, w: number): void {
  for (let x = 0; x < w; x++) col[x] = (col[x] as number) - (data[at + x] as number);
}

/** The sums of k neighbouring column sums along the row, into out[at..]. */
function slideRow(col: Float64Array, out: Float64Array, at: number, w: number, k: number): void {
  let s = 0;
  for (let x = 0; x < k; x++) s += col[x] as number;
  out[at] = s;
  for (let x = k; x < w; x++) {
    s += (col[x] as number) - (col[x - k] as number);
    out[at + x - k + 1] = s;
  }
}
