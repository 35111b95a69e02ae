/** The point pairs a fit uses (all, or those listed in `idx`) and their centroids, for the closed-form solvers. */
import type { PointPairs } from './types.js';

export interface PairCentroids {
  /** Number of pairs used. */
  n: number;
  /** Index of the k-th pair used into `pairs`. */
  at(k: number): number;
  /** Centroid of the source points (mx, my) and of the destination points (mu, mv). */
  mx: number;
  my: number;
  mu: number;
  mv: number;
}

export function pairCentroids(pairs: PointPairs, idx?: ArrayLike<number>): PairCentroids {
  const { src, dst } = pairs;
  const n = idx ? idx.length : src.length / 2;
  const at = (k: number): number => (idx ? (idx[k] as number) : k);
  let mx = 0;
  let my = 0;
  let mu = 0;
  let mv = 0;
  for (let k = 0; k < n; k++) {
    const i = at(k) * 2;
    mx += src[i] as number;
    my += src[i + 1] as number;
    mu += dst[i] as number;
    mv += dst[i + 1] as number;
  }
  const d = Math.max(1, n);
  return { n, at, mx: mx / d, my: my / d, mu: mu / d, mv: mv / d };
}
