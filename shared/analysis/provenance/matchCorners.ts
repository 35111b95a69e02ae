/**
 * Each corner's most similar distant corner: the pair whose descriptors correlate best, at least
 * `minShift` pixels apart. Every pair is compared once and updates both ends.
 */

/** For each corner, the index of its match, or -1 when none reaches `minSimilarity`. */
export function matchCorners(
  desc: Float32Array,
  xs: Int32Array,
  ys: Int32Array,
  minSimilarity: number,
  minShift: number,
): Int32Array {
  const n = xs.length;
  const best = new Float64Array(n).fill(minSimilarity);
  const match = new Int32Array(n).fill(-1);
  for (let i = 0; i < n - 1; i++) matchOne(desc, xs, ys, best, match, i, minShift * minShift);
  return match;
}

/** Compares corner i with every later corner (the loop that runs n^2 / 2 times: the search's core). */
function matchOne(
  desc: Float32Array,
  xs: Int32Array,
  ys: Int32Array,
  best: Float64Array,
  match: Int32Array,
  i: number,
  min2: number,
): void {
  const n = xs.length;
  const o = i * 16;
  // Corner i's descriptor in locals: read once instead of once per pair.
  const a0 = desc[o] as number,
    a1 = desc[o + 1] as number,
    a2 = desc[o + 2] as number,
    a3 = desc[o + 3] as number;
  const a4 = desc[o + 4] as number,
    a5 = desc[o + 5] as number,
    a6 = desc[o + 6] as number,
    a7 = desc[o + 7] as number;
  const a8 = desc[o + 8] as number,
    a9 = desc[o + 9] as number,
    a10 = desc[o + 10] as number,
    a11 = desc[o + 11] as number;
  const a12 = desc[o + 12] as number,
    a13 = desc[o + 13] as number,
    a14 = desc[o + 14] as number,
    a15 = desc[o + 15] as number;
  const xi = xs[i] as number;
  const yi = ys[i] as number;
  let bi = best[i] as number;
  for (let j = i + 1; j < n; j++) {
    const b = j * 16;
    const d =
      a0 * (desc[b] as number) +
      a1 * (desc[b + 1] as number) +
      a2 * (desc[b + 2] as number) +
      a3 * (desc[b + 3] as number) +
      a4 * (desc[b + 4] as number) +
      a5 * (desc[b + 5] as number) +
      a6 * (desc[b + 6] as number) +
      a7 * (desc[b + 7] as number) +
      a8 * (desc[b + 8] as number) +
      a9 * (desc[b + 9] as number) +
      a10 * (desc[b + 10] as number) +
      a11 * (desc[b + 11] as number) +
      a12 * (desc[b + 12] as number) +
      a13 * (desc[b + 13] as number) +
      a14 * (desc[b + 14] as number) +
      a15 * (desc[b + 15] as number);
    if (d <= bi && d <= (best[j] as number)) continue;
    const dx = (xs[j] as number) - xi;
    const dy = (ys[j] as number) - yi;
    if (dx * dx + dy * dy < min2) continue;
    if (d > bi) {
      bi = d;
      match[i] = j;
    }
    if (d > (best[j] as number)) {
      best[j] = d;
      match[j] = i;
    }
  }
  best[i] = bi;
}
