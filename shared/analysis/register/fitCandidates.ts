/**
 * Robust fits of every allowed model to the pooled matches: homography and affine by OpenCV's MAGSAC,
 * similarity by our own RANSAC. Each fit is checked for plausibility, and the simplest model that
 * explains (nearly) as many matches as a richer one is ranked first: a homography from a handful of
 * matches on skin is mostly fitted noise.
 */
import type { Cv } from '../cv.js';
import { withMats } from '../cv.js';
import type { CheckTransformOptions } from './checkTransform.js';
import { checkTransform } from './checkTransform.js';
import { ransacSimilarity } from './ransacSimilarity.js';
import type { Mat3, MotionModel, PointPairs } from './types.js';
import { MIN_PAIRS } from './types.js';

export interface FitCandidatesOptions {
  /** Models to try. @default ['similarity', 'affine', 'homography'] */
  models?: readonly MotionModel[];
  /** Inlier distance, px at registration resolution. @default 3 */
  threshold?: number;
  /** Fewer inliers than this and a fit is discarded. @default 8 */
  minInliers?: number;
  /** A richer model must have this many times the inliers of a simpler one to rank above it. @default 1.1 */
  richerGain?: number;
  sanity?: CheckTransformOptions;
}

export interface Candidate {
  readonly model: MotionModel;
  readonly matrix: Mat3;
  readonly inliers: number;
  /** Share of the after image (4x4 grid cells) that holds inliers: clustered inliers are weak evidence. */
  readonly spread: number;
}

export function fitCandidates(
  cv: Cv,
  pairs: PointPairs,
  after: { width: number; height: number },
  before: { width: number; height: number },
  options: FitCandidatesOptions = {},
): { candidates: Candidate[]; rejected: string[] } {
  const models = options.models ?? ['similarity', 'affine', 'homography'];
  const thr = options.threshold ?? 3;
  const minInliers = options.minInliers ?? 8;
  const n = pairs.src.length / 2;
  const out: Candidate[] = [];
  const rejected: string[] = [];
  for (const model of models) {
    if (n < Math.max(MIN_PAIRS[model] + 2, minInliers)) continue;
    const fit =
      model === 'similarity' ? ransacSimilarity(pairs, { threshold: thr }) : magsac(cv, pairs, model, thr);
    if (!fit || fit.inliers.length < minInliers) continue;
    const why = checkTransform(fit.matrix, after, before, options.sanity);
    if (why) {
      rejected.push(`${model}: ${why}`);
      continue;
    }
    out.push({
      model,
      matrix: fit.matrix,
      inliers: fit.inliers.length,
      spread: spread(pairs, fit.inliers, after),
    });
  }
  const gain = options.richerGain ?? 1.1;
  const rank = (c: Candidate): number => c.inliers / gain ** models.indexOf(c.model);
  out.sort((p, q) => rank(q) - rank(p));
  return { candidates: out, rejected };
}

function magsac(
  cv: Cv,
  pairs: PointPairs,
  model: 'affine' | 'homography',
  thr: number,
): { matrix: Mat3; inliers: Int32Array } | null {
  return withMats((keep) => {
    const n = pairs.src.length / 2;
    const src = keep(cv.matFromArray(n, 1, cv.CV_32FC2, Array.from(pairs.src)));
    const dst = keep(cv.matFromArray(n, 1, cv.CV_32FC2, Array.from(pairs.dst)));
    const mask = keep(new cv.Mat());
    let m: Mat3;
    try {
      if (model === 'homography') {
        const h = keep(cv.findHomography(src, dst, usacMagsac(cv), thr, mask, 4000, 0.999));
        if (h.rows !== 3) return null;
        m = Array.from(h.data64F);
      } else {
        const a = keep(
          cv.estimateAffine2D(src, dst, mask, usacMagsac(cv), thr, 4000, 0.999, 10) as InstanceType<
            Cv['Mat']
          >,
        );
        if (a.rows !== 2) return null;
        m = [...Array.from(a.data64F), 0, 0, 1];
      }
    } catch {
      // OpenCV throws (as a pointer) when it finds no model; that is an ordinary "no fit".
      return null;
    }
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (mask.data[i]) idx.push(i);
    return { matrix: m, inliers: Int32Array.from(idx) };
  });
}

function spread(pairs: PointPairs, idx: Int32Array, size: { width: number; height: number }): number {
  const cells = new Set<number>();
  for (const i of idx) {
    const cx = Math.min(3, Math.floor(((pairs.src[i * 2] as number) / size.width) * 4));
    const cy = Math.min(3, Math.floor(((pairs.src[i * 2 + 1] as number) / size.height) * 4));
    cells.add(cy * 4 + cx);
  }
  return cells.size / 16;
}

/** cv.USAC_MAGSAC exists at runtime (OpenCV 4.12) but is missing from the typings. */
function usacMagsac(cv: Cv): number {
  return (cv as unknown as { USAC_MAGSAC: number }).USAC_MAGSAC;
}
