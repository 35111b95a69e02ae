/** Least-squares affine transform mapping src to dst (exact for three non-collinear pairs). */
import type { Mat3, PointPairs } from './types.js';
import { pairCentroids } from './pairCentroids.js';

/** Returns null when the source points are collinear (the affine map is then undetermined). */
export function solveAffine(pairs: PointPairs, idx?: ArrayLike<number>): Mat3 | null {
  const { src, dst } = pairs;
  const { n, at, mx, my, mu, mv } = pairCentroids(pairs, idx);
  if (n < 3) return null;
  // Normal equations on centred coordinates: A = (sum u x^T) (sum x x^T)^-1.
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  let sux = 0;
  let suy = 0;
  let svx = 0;
  let svy = 0;
  for (let k = 0; k < n; k++) {
    const i = at(k) * 2;
    const x = (src[i] as number) - mx;
    const y = (src[i + 1] as number) - my;
    const u = (dst[i] as number) - mu;
    const v = (dst[i + 1] as number) - mv;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
    sux += u * x;
    suy += u * y;
    svx += v * x;
    svy += v * y;
  }
  const det = sxx * syy - sxy * sxy;
  // Collinear points make the 2x2 scatter matrix rank one; compare with its squared trace.
  if (det <= 1e-9 * (sxx + syy) * (sxx + syy) || sxx + syy === 0) return null;
  const i00 = syy / det;
  const i01 = -sxy / det;
  const i11 = sxx / det;
  const a = sux * i00 + suy * i01;
  const b = sux * i01 + suy * i11;
  const d = svx * i00 + svy * i01;
  const e = svx * i01 + svy * i11;
  return [a, b, mu - a * mx - b * my, d, e, mv - d * mx - e * my, 0, 0, 1];
}
