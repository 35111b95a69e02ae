/**
 * The IJG (libjpeg) quantization tables scaled to a quality 1..100: what most encoders (libjpeg, libjpeg-
 * turbo, sharp, GIMP, browsers) write. Estimates of an earlier quality are made on this scale.
 */

/** Standard luminance table (JPEG Annex K, Table K.1), natural (row-major) order. */
export const IJG_LUMA: readonly number[] = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** ZIGZAG[k] is the natural index of the k-th coefficient in zigzag (storage) order. */
export const ZIGZAG: readonly number[] = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
];

/** The luminance step at natural index `i` for IJG quality `q` (libjpeg's scaling, baseline clamp 1..255). */
export function ijgLumaStep(q: number, i: number): number {
  const scale = q < 50 ? Math.floor(5000 / q) : 200 - 2 * q;
  return Math.min(255, Math.max(1, Math.floor(((IJG_LUMA[i] as number) * scale + 50) / 100)));
}

/** The IJG quality whose luminance steps are nearest (sum of absolute differences) to `steps`; NaN entries are skipped. */
export function nearestIjgQuality(steps: ReadonlyMap<number, number>): number | null {
  if (steps.size === 0) return null;
  let best: number | null = null;
  let bestError = Infinity;
  for (let q = 1; q <= 100; q++) {
    let error = 0;
    for (const [i, s] of steps) error += Math.abs(ijgLumaStep(q, i) - s) / s;
    if (error < bestError) {
      bestError = error;
      best = q;
    }
  }
  return best;
}
