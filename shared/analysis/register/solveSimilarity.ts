/**
 * Least-squares similarity (rotation, uniform scale, translation; no reflection) mapping src to dst.
 * Closed form on centred coordinates, so it needs no iteration and no OpenCV
 * (OpenCV.js lacks estimateAffinePartial2D).
 */
import type { Mat3, PointPairs } from './types.js';
import { pairCentroids } from './pairCentroids.js';

/** Returns null when the source points coincide (no scale or angle can be determined). */
export function solveSimilarity(pairs: PointPairs, idx?: ArrayLike<number>): Mat3 | null {
  const { src, dst } = pairs;
  const { n, at, mx, my, mu, mv } = pairCentroids(pairs, idx);
  if (n < 2) return null;
  let sxx = 0;
  let sa = 0;
  let sb = 0;
  for (let k = 0; k < n; k++) {
    const i = at(k) * 2;
    const x = (src[i] as number) - mx;
    const y = (src[i + 1] as number) - my;
    const u = (dst[i] as number) - mu;
    const v = (dst[i + 1] as number) - mv;
    sxx += x * x + y * y;
    sa += x * u + y * v;
    sb += x * v - y * u;
  }
  if (sxx < 1e-9 * Math.max(1, mx * mx + my * my)) return null;
  const a = sa / sxx;
  const b = sb / sxx;
  if (a * a + b * b < 1e-18) return null;
  return [a, -b, mu - (a * mx - b * my), b, a, mv - (b * mx + a * my), 0, 0, 1];
}
