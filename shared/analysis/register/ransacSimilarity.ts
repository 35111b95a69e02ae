/**
 * RANSAC for a similarity from 2-point samples, then least-squares refits on the inliers. Written
 * here because OpenCV.js has no estimateAffinePartial2D. Deterministic (fixed-seed generator) so that
 * the same pair always registers the same way.
 */
import { solveSimilarity } from './solveSimilarity.js';
import type { Mat3, PointPairs } from './types.js';

export interface RansacSimilarityOptions {
  /** Inlier distance, px. @default 3 */
  threshold?: number;
  /** Random 2-pair samples. @default 800 */
  iterations?: number;
  /** Seed of the sample generator. @default 1 */
  seed?: number;
}

export interface RobustFit {
  readonly matrix: Mat3;
  readonly inliers: Int32Array;
}

export function ransacSimilarity(pairs: PointPairs, options: RansacSimilarityOptions = {}): RobustFit | null {
  const n = pairs.src.length / 2;
  if (n < 2) return null;
  const thr2 = (options.threshold ?? 3) ** 2;
  let state = (options.seed ?? 1) >>> 0 || 1;
  const rand = (k: number): number => {
    // xorshift32: small, fast and reproducible.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % k;
  };
  let best: Mat3 | null = null;
  let bestCount = 0;
  const sample = new Int32Array(2);
  const iters = options.iterations ?? 800;
  for (let it = 0; it < iters; it++) {
    sample[0] = rand(n);
    sample[1] = rand(n);
    if (sample[0] === sample[1]) continue;
    const m = solveSimilarity(pairs, sample);
    if (!m) continue;
    const c = countInliers(pairs, m, thr2);
    if (c > bestCount) {
      bestCount = c;
      best = m;
    }
  }
  if (!best || bestCount < 2) return null;
  let idx = inlierIndices(pairs, best, thr2);
  for (let round = 0; round < 3; round++) {
    const m = solveSimilarity(pairs, idx);
    if (!m) break;
    const next = inlierIndices(pairs, m, thr2);
    if (next.length < idx.length) break;
    best = m;
    idx = next;
  }
  return { matrix: best, inliers: idx };
}

function residual2(pairs: PointPairs, m: Mat3, i: number): number {
  const x = pairs.src[i * 2] as number;
  const y = pairs.src[i * 2 + 1] as number;
  const u = (m[0] as number) * x + (m[1] as number) * y + (m[2] as number);
  const v = (m[3] as number) * x + (m[4] as number) * y + (m[5] as number);
  return (u - (pairs.dst[i * 2] as number)) ** 2 + (v - (pairs.dst[i * 2 + 1] as number)) ** 2;
}

function countInliers(pairs: PointPairs, m: Mat3, thr2: number): number {
  let c = 0;
  for (let i = 0; i < pairs.src.length / 2; i++) if (residual2(pairs, m, i) <= thr2) c++;
  return c;
}

function inlierIndices(pairs: PointPairs, m: Mat3, thr2: number): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < pairs.src.length / 2; i++) if (residual2(pairs, m, i) <= thr2) out.push(i);
  return Int32Array.from(out);
}
