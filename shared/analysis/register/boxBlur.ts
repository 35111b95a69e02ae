/**
 * A wide smoothing of a small float image in plain JavaScript: two passes of a box filter, each
 * separable with running sums, so the cost does not depend on the width. Used on the coarse pyramid
 * levels (a few thousand to 20 000 px), where OpenCV's GaussianBlur with a wide kernel cost 25-55 ms of
 * CPU on its first call in a process (wasm compiled on first use), far more than the arithmetic.
 * Windows are cut at the image's edge and averaged over what they hold.
 */

/**
 * Returns a new array: `src` (w x h, row-major) smoothed by two passes of a box whose width gives them
 * together the standard deviation `sigma` (px), as a Gaussian of that sigma would have.
 */
export function boxBlur(src: Float32Array, w: number, h: number, sigma: number): Float32Array {
  // Two boxes of width 2r+1 have variance 2((2r+1)^2 - 1)/12.
  const r = Math.max(1, Math.round((Math.sqrt(1 + 6 * sigma * sigma) - 1) / 2));
  let cur = src;
  const tmp = new Float32Array(w * h);
  for (let pass = 0; pass < 2; pass++) {
    const out = new Float32Array(w * h);
    for (let y = 0; y < h; y++) runningMean(cur, tmp, y * w, 1, w, r);
    for (let x = 0; x < w; x++) runningMean(tmp, out, x, w, h, r);
    cur = out;
  }
  return cur;
}

/** One line of `n` values from `start` with `step`: the mean over the window cut to the line. */
function runningMean(
  src: Float32Array,
  dst: Float32Array,
  start: number,
  step: number,
  n: number,
  r: number,
) {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < Math.min(n, r); i++) {
    sum += src[start + i * step] as number;
    count++;
  }
  for (let i = 0; i < n; i++) {
    const add = i + r;
    if (add < n) {
      sum += src[start + add * step] as number;
      count++;
    }
    const drop = i - r - 1;
    if (drop >= 0) {
      sum -= src[start + drop * step] as number;
      count--;
    }
    dst[start + i * step] = sum / count;
  }
}
