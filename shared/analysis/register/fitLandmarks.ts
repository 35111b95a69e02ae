/**
 * Manual alignment: fits a transform to landmark pairs the user clicked (after -> before).
 * Pure math, no OpenCV, so the renderer can preview it while the user drags points.
 */
import type { Point } from '../../geometry/frames.js';
import type { Homography } from '../../geometry/homography.js';
import { homography } from '../../geometry/homography.js';
import { solveAffine } from './solveAffine.js';
import { solveHomography } from './solveHomography.js';
import { solveSimilarity } from './solveSimilarity.js';
import type { Mat3, MotionModel, PointPairs } from './types.js';
import { MIN_PAIRS } from './types.js';

export interface LandmarkPair {
  readonly after: Point<'after'>;
  readonly before: Point<'before'>;
}

export interface LandmarkFit {
  readonly model: MotionModel;
  readonly matrix: Homography<'after', 'before'>;
  /** Root-mean-square distance, in before pixels, between each mapped after landmark and its before landmark. */
  readonly rmsError: number;
}

const BY_COUNT: readonly MotionModel[] = ['similarity', 'similarity', 'similarity', 'affine', 'homography'];

/**
 * Fits the model to the pairs by least squares (exactly when the count equals the model's minimum).
 * Defaults by count: 2 pairs -> similarity, 3 -> affine, 4 or more -> homography.
 * Throws when there are too few pairs for the model, or when the points are degenerate (coincident,
 * collinear) so that the model is not determined.
 */
export function fitLandmarks(pairs: readonly LandmarkPair[], model?: MotionModel): LandmarkFit {
  const n = pairs.length;
  const chosen = model ?? BY_COUNT[Math.min(n, 4)] ?? 'homography';
  const need = MIN_PAIRS[chosen];
  if (n < need) {
    throw new Error(`fitLandmarks: a ${chosen} needs at least ${need} landmark pairs, got ${n}`);
  }
  const src = new Float64Array(n * 2);
  const dst = new Float64Array(n * 2);
  pairs.forEach((p, i) => {
    const v = [p.after.x, p.after.y, p.before.x, p.before.y];
    if (!v.every(Number.isFinite)) throw new Error(`fitLandmarks: pair ${i + 1} has a non-finite coordinate`);
    src[i * 2] = p.after.x;
    src[i * 2 + 1] = p.after.y;
    dst[i * 2] = p.before.x;
    dst[i * 2 + 1] = p.before.y;
  });
  const pp: PointPairs = { src, dst };
  checkSpread(src, 'after', chosen);
  checkSpread(dst, 'before', chosen);
  const m: Mat3 | null =
    chosen === 'similarity'
      ? solveSimilarity(pp)
      : chosen === 'affine'
        ? solveAffine(pp)
        : solveHomography(pp);
  if (!m) throw new Error(`fitLandmarks: the landmarks do not determine a ${chosen} (degenerate layout)`);
  const det = (m[0] as number) * (m[4] as number) - (m[1] as number) * (m[3] as number);
  if (!(Math.abs(det) > 1e-12)) throw new Error(`fitLandmarks: the fitted ${chosen} is singular`);
  let se = 0;
  for (let i = 0; i < n; i++) {
    const x = src[i * 2] as number;
    const y = src[i * 2 + 1] as number;
    const w = (m[6] as number) * x + (m[7] as number) * y + (m[8] as number);
    const u = ((m[0] as number) * x + (m[1] as number) * y + (m[2] as number)) / w;
    const v = ((m[3] as number) * x + (m[4] as number) * y + (m[5] as number)) / w;
    se += (u - (dst[i * 2] as number)) ** 2 + (v - (dst[i * 2 + 1] as number)) ** 2;
  }
  return { model: chosen, matrix: homography<'after', 'before'>(m), rmsError: Math.sqrt(se / n) };
}

/**
 * Rejects layouts that leave the model undetermined, with a message a person can act on: coincident
 * points for any model, three collinear points for affine and homography fits.
 */
function checkSpread(p: Float64Array, which: string, model: MotionModel): void {
  const n = p.length / 2;
  let extent = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = dist(p, i, j);
      extent = Math.max(extent, d);
    }
  const tol = Math.max(extent, 1) * 1e-6;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (dist(p, i, j) <= tol) {
        throw new Error(`fitLandmarks: ${which} landmarks ${i + 1} and ${j + 1} coincide`);
      }
    }
  if (model === 'similarity') return;
  // Collinearity: twice the triangle area relative to the squared extent.
  let best = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let k = j + 1; k < n; k++) {
        const a = Math.abs(
          ((p[j * 2] as number) - (p[i * 2] as number)) *
            ((p[k * 2 + 1] as number) - (p[i * 2 + 1] as number)) -
            ((p[k * 2] as number) - (p[i * 2] as number)) *
              ((p[j * 2 + 1] as number) - (p[i * 2 + 1] as number)),
        );
        best = Math.max(best, a);
        // A homography from exactly four points needs every triple in general position.
        if (model === 'homography' && n === 4 && a <= 1e-6 * extent * extent) {
          throw new Error(`fitLandmarks: ${which} landmarks ${i + 1}, ${j + 1} and ${k + 1} are collinear`);
        }
      }
  if (best <= 1e-6 * extent * extent)
    throw new Error(`fitLandmarks: the ${which} landmarks are all collinear`);
}

function dist(p: Float64Array, i: number, j: number): number {
  return Math.hypot(
    (p[i * 2] as number) - (p[j * 2] as number),
    (p[i * 2 + 1] as number) - (p[j * 2 + 1] as number),
  );
}
