/**
 * Registers an after photo onto a before photo (both gray working images).
 *
 * Pipeline: CLAHE -> ORB, then AKAZE if needed, matches pooled (ratio test, one-to-one) -> robust
 * similarity / affine / homography fits with plausibility checks -> coarse-to-fine ECC refinement
 * (padding masked out; the coarse levels lighting-normalized) -> independent verification (band-pass NCC
 * overall and per tile) -> confidence, which fails a result the feature matches contradict.
 * When features are too few or their fit does not verify, a rotation-scale grid search gives ECC its
 * starting points instead. Measured by bench/registration.ts.
 */
import type { Homography } from '../../geometry/homography.js';
import { apply, corners, homography } from '../../geometry/homography.js';
import { decompose } from '../../geometry/decompose.js';
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import type { GrayImage } from '../image.js';
import { buildPyramid } from './buildPyramid.js';
import type { CheckTransformOptions } from './checkTransform.js';
import { checkTransform } from './checkTransform.js';
import { coarseSearch } from './coarseSearch.js';
import type { Candidate } from './fitCandidates.js';
import { fitCandidates } from './fitCandidates.js';
import { informativeMask } from './informativeMask.js';
import type { DetectorId, FeatureMatches } from './matchFeatures.js';
import { matchFeatures } from './matchFeatures.js';
import { normalizeLight } from './normalizeLight.js';
import { prepareImage } from './prepareImage.js';
import { atLevel, fromLevel } from './pyramidLevel.js';
import { refineEcc } from './refineEcc.js';
import { scoreConfidence } from './scoreConfidence.js';
import { simplifyModel } from './simplifyModel.js';
import { supportOf } from './supportOf.js';
import type { Mat3, MotionModel } from './types.js';
import type { Verification } from './verifyAlignment.js';
import { verifyAlignment } from './verifyAlignment.js';

export interface RegisterOptions {
  /** Long side at which registration runs, px; larger inputs are shrunk first. @default 640 */
  maxSide?: number;
  /** CLAHE clip limit applied before feature detection. @default 2.5 */
  claheClip?: number;
  /** Feature detectors, cheapest first; matches are pooled until a fit verifies. @default ['orb', 'akaze'] */
  detectors?: readonly DetectorId[];
  /** Models that may be reported, simplest first. @default ['similarity', 'affine', 'homography'] */
  models?: readonly MotionModel[];
  /** Lowe ratio-test bound. @default 0.85 */
  ratio?: number;
  /** Inlier distance for the robust fits, px at registration size. @default 3 */
  inlierThreshold?: number;
  /** A feature fit needs this many inliers to seed ECC. @default 8 */
  minInliers?: number;
  /** ECC iterations at pyramid levels 0, 1, 2... (finest first; deeper levels reuse the last). @default [10, 25, 40] */
  eccIterations?: readonly number[];
  /**
   * Finest pyramid level ECC refines at (0 = maxSide, 1 = half of it). Level 0 costs ~0.2 s more
   * but halves the corner error where the transform is extrapolated beyond the overlap. @default 0
   */
  eccFinestLevel?: number;
  /**
   * ECC leaves a fine level (below the verification level) when an iteration improves the correlation
   * by less than this; the coarse levels keep ECC's usual 1e-5 (COARSE_EPSILON). bench/registration.ts
   * on a quiet machine, 1e-4 against 1e-5: 100/100 within 0.5% either way, median corner error 0.05%
   * vs 0.04% of the diagonal, p95 0.13%, worst 0.32% both, 50/50 mismatches rejected; 728 vs 815 ms
   * mean and 440 vs 655 ms median per pair. 3e-4 let one pair stop at 0.72%, confidently. @default 1e-4
   */
  eccEpsilon?: number;
  /**
   * ECC refines on locally contrast-normalized images (normalizeLight) at the pyramid levels whose long
   * side is at most this many px; 0 never. On the plain images the coarse levels follow the shading, and
   * under a new light (overhead against the front) they followed the bright crown: on bench/hair.ts's
   * tune and holdout pairs (236), 5 failed and a relit render aligned 7.35% of the diagonal off at
   * confidence 0.69; normalized at <= 160 px (levels of 160 and 112 px and coarser), 1 failed (a very wet
   * render, confidence 0.18) and none of the relit renders is off. On both, a photo with painted glints
   * sits 1.13% off: it correlates better than the truth does (band 0.29 against 0.21), the re-shoot's
   * elastic shift of the content. @default 160
   */
  lightRobustSide?: number;
  /** Run the feature-free rotation-scale search when features do not verify. @default true */
  coarseSearch?: boolean;
  /** Largest rotation the coarse search tries either way, degrees. @default 15 */
  maxRotation?: number;
  /** Below this confidence the result is reported as failed (matrix null). @default 0.25 */
  failBelow?: number;
  /** Plausibility limits every transform must meet. */
  sanity?: CheckTransformOptions;
}

/** The measures behind `confidence`, for reports and calibration. */
export interface RegistrationEvidence {
  readonly band: number;
  readonly tiles: number;
  readonly overlap: number;
  readonly matches: number;
  readonly supportingMatches: number;
  /** Share of the after image (4x4 cells) holding the supporting matches. */
  readonly supportSpread?: number;
  /** The most inliers any feature fit had. */
  readonly fitInliers?: number;
  readonly eccRho: number | null;
  /** Change of camera angle the transform implies, degrees. */
  readonly tiltDeg?: number;
}

export interface Registration {
  status: 'aligned' | 'failed';
  /** Why it failed, or what was notable, in one sentence; null when aligned without remark. */
  reason: string | null;
  model: 'similarity' | 'affine' | 'homography' | null;
  /** Maps after working-image px -> before working-image px. Null when failed. */
  matrix: Homography<'afterWork', 'beforeWork'> | null;
  method: string;
  inliers: number;
  /** 0..1. Built so that a wrong transform never scores high. */
  confidence: number;
  /** Zero-mean NCC of the aligned gray pair over the overlap. */
  similarity: number | null;
  /** The measures behind `confidence` (absent for results not made by registerPair, e.g. manual). */
  evidence?: RegistrationEvidence | null;
}

interface Trial {
  readonly init: Mat3;
  readonly matrix: Mat3;
  readonly source: string;
  readonly rho: number;
  readonly v: Verification;
}

/** Verification runs at the coarsest level whose long side is still this many px: ample, and cheaper. */
const VERIFY_SIDE = 300;
/** The grid search runs on thumbnails with a long side nearest to this, px. */
const SEARCH_SIDE = 80;
/** Band-pass NCC after the coarse levels below which a start is not refined further (unrelated photos reach ~0.05). */
const PROMISING_BAND = 0.1;
/**
 * ECC's usual stopping gain for the coarse levels, down to verification: they decide whether a start
 * converges at all, and cost little. Stopping them at eccEpsilon too made 4 of 16 wet-hair render pairs
 * fail to align (bench/hair.ts --split final; 15 of 16 aligned at 1e-5).
 */
const COARSE_EPSILON = 1e-5;

export function registerPair(
  cv: Cv,
  before: GrayImage,
  after: GrayImage,
  options: RegisterOptions = {},
  onProgress?: (fraction: number, stage: string) => void,
): Registration {
  const progress = onProgress ?? (() => undefined);
  const models = options.models ?? ['similarity', 'affine', 'homography'];
  const eccIters = options.eccIterations ?? [10, 25, 40];
  const finest = options.eccFinestLevel ?? 0;
  const epsilon = options.eccEpsilon ?? 1e-4;
  return withMats((keep) => {
    progress(0, 'prepare');
    const prep = { maxSide: options.maxSide ?? 640, claheClip: options.claheClip ?? 2.5 };
    const pb = prepareImage(cv, before, 'registerPair before', keep, prep);
    const pa = prepareImage(cv, after, 'registerPair after', keep, prep);
    const sizeA = { width: pa.width, height: pa.height };
    const sizeB = { width: pb.width, height: pb.height };
    const levels = 8;
    const pyrA = buildPyramid(cv, pa.clahe, levels, keep, informativeMask(cv, pa.gray, keep));
    const pyrB = buildPyramid(cv, pb.clahe, levels, keep, informativeMask(cv, pb.gray, keep));
    const light = { maxSide: options.lightRobustSide ?? 160 };
    const eccA = normalizeLight(cv, pyrA, keep, light);
    const eccB = normalizeLight(cv, pyrB, keep, light);
    // Levels both pyramids have (the photos may differ in size), sized by the after image.
    const depth = Math.min(pyrA.images.length, pyrB.images.length);
    const sides = pyrA.images.slice(0, depth).map((m) => Math.max(m.cols, m.rows));
    const verifyLevel = Math.max(0, sides.filter((sd) => sd >= VERIFY_SIDE).length - 1);
    const searchLevel = sides.reduce(
      (b, sd, l) => (Math.abs(sd - SEARCH_SIDE) < Math.abs((sides[b] as number) - SEARCH_SIDE) ? l : b),
      0,
    );
    const trials: Trial[] = [];
    const masks = (l: number) => ({ after: pyrA.masks?.[l] ?? null, before: pyrB.masks?.[l] ?? null });
    const verify = (m: Mat3): Verification =>
      verifyAlignment(
        cv,
        pyrA.images[verifyLevel] as Mat,
        pyrB.images[verifyLevel] as Mat,
        atLevel(m, verifyLevel),
        masks(verifyLevel),
      );
    const schedule = (from: number, to: number): [number, number][] => {
      const out: [number, number][] = [];
      for (let l = from; l >= to; l--) out.push([l, eccIters[Math.min(l, eccIters.length - 1)] ?? 20]);
      return out;
    };
    const stop = Math.max(verifyLevel, finest);
    // Refine down to the verification level, verify, and spend the expensive fine levels only on a
    // start that already lines up some texture: wrong starts (and unrelated photos) stop early.
    const attempt = (init: Mat3, fromLevel: number, source: string): void => {
      const e1 = refineEcc(cv, eccA, eccB, init, {
        schedule: schedule(Math.max(fromLevel, stop), stop),
        epsilon: COARSE_EPSILON,
      });
      if (!e1 || checkTransform(e1.matrix, sizeA, sizeB, options.sanity)) {
        trials.push({ init, matrix: init, source, rho: Number.NaN, v: NO_EVIDENCE });
        return;
      }
      const v1 = verify(e1.matrix);
      let trial: Trial = { init, matrix: e1.matrix, source, rho: e1.rho, v: v1 };
      if (v1.band >= PROMISING_BAND && stop > finest) {
        const e2 = refineEcc(cv, eccA, eccB, e1.matrix, {
          schedule: schedule(stop - 1, finest),
          epsilon,
        });
        if (e2 && !checkTransform(e2.matrix, sizeA, sizeB, options.sanity)) {
          const v2 = verify(e2.matrix);
          if (score(v2) >= score(v1) - 0.02) trial = { init, matrix: e2.matrix, source, rho: e2.rho, v: v2 };
        }
      }
      trials.push(trial);
    };
    const best = (): Trial | undefined =>
      trials.reduce<Trial | undefined>(
        (b, t) => (t.v === NO_EVIDENCE ? b : !b || score(t.v) > score(b.v) ? t : b),
        undefined,
      );
    // Detectors run cheapest first and their matches are pooled; once a fit verifies convincingly the
    // costlier detectors are skipped (ORB alone settles most pairs in a fifth of AKAZE's time).
    const detectors = options.detectors ?? ['orb', 'akaze'];
    let matches: FeatureMatches = { src: new Float64Array(0), dst: new Float64Array(0), perDetector: {} };
    let candidates: Candidate[] = [];
    // The most matches any feature fit explained: a result that keeps few of them drifted away.
    let fitInliers = 0;
    const featureStart = Math.min(2, depth - 1);
    detectors.forEach((id, k) => {
      if (convincing(best())) return;
      progress(0.1 + (0.5 * k) / detectors.length, `features:${id}`);
      matches = pool(
        matches,
        matchFeatures(cv, pa.clahe, pb.clahe, { detectors: [id], ratio: options.ratio ?? 0.85 }),
      );
      candidates = fitCandidates(cv, matches, sizeA, sizeB, {
        models,
        threshold: options.inlierThreshold ?? 3,
        minInliers: options.minInliers ?? 8,
        sanity: options.sanity,
      }).candidates;
      for (const c of candidates) fitInliers = Math.max(fitInliers, c.inliers);
      progress(0.1 + (0.5 * k + 0.3) / detectors.length, 'refine');
      for (const cand of candidates.slice(0, 2)) {
        // A start next to one already refined converges to the same place: skip the wasted ECC.
        if (trials.some((t) => cornerShift(t.init, cand.matrix, sizeA) < 2)) continue;
        attempt(cand.matrix, featureStart, `${describeFeatures(matches.perDetector)} / ${cand.model} + ECC`);
        if (convincing(best())) break;
      }
    });
    if ((options.coarseSearch ?? true) && !convincing(best())) {
      progress(0.65, 'search');
      const top = searchLevel;
      const found = coarseSearch(cv, pyrA.images[top] as Mat, pyrB.images[top] as Mat, {
        maxRotation: options.maxRotation ?? 15,
      });
      for (const c of found) attempt(fromLevel(c.matrix, top), top, 'grid search + ECC');
    }
    progress(0.9, 'verify');
    const win = best();
    const failBelow = options.failBelow ?? 0.25;
    if (!win) {
      progress(1, 'done');
      return failed(
        candidates.length
          ? 'the feature matches did not hold up under intensity refinement: the photos may not show the same area'
          : 'no consistent feature matches and no plausible intensity alignment: the photos may not show the same area',
        candidates,
        `${describeFeatures(matches.perDetector)} + grid search + ECC`,
      );
    }
    const support = supportOf(matches, win.matrix, options.inlierThreshold ?? 3, sizeA);
    const tiltDeg = decompose(homography<'after', 'before'>(win.matrix), sizeB, sizeA).tiltDeg as number;
    const measured = {
      verification: win.v,
      supportingMatches: support.count,
      supportSpread: support.spread,
      matches: matches.src.length / 2,
    };
    const confidence = scoreConfidence({ ...measured, tiltDeg, fitInliers });
    // Fails because the feature matches contradict it, not for the texture.
    const unbacked = scoreConfidence(measured) >= (options.failBelow ?? 0.25);
    const evidence: RegistrationEvidence = {
      band: win.v.band,
      tiles: win.v.tiles,
      overlap: win.v.overlap,
      matches: matches.src.length / 2,
      supportingMatches: support.count,
      supportSpread: support.spread,
      fitInliers,
      eccRho: win.rho,
      tiltDeg,
    };
    progress(1, 'done');
    if (confidence < failBelow) {
      return {
        ...failed(
          unbacked
            ? `the best alignment found (a ${Math.round(tiltDeg)} degree change of camera angle) keeps ${support.count} of the ${matches.src.length / 2} feature matches, where a feature fit explained ${fitInliers}: it may be wrong`
            : 'the best alignment found does not line up the fine texture of the two photos: they may not show the same area',
          candidates,
          win.source,
        ),
        confidence,
        similarity: win.v.ncc,
        evidence,
      };
    }
    const simple = simplifyModel(win.matrix, pa.width, pa.height, { models });
    // Registration px -> caller px: M_work = S_b^-1 M S_a.
    const m = simple.matrix;
    const sa = pa.scale;
    const sb = pb.scale;
    const work = [
      (m[0] as number) * (sa / sb),
      (m[1] as number) * (sa / sb),
      (m[2] as number) / sb,
      (m[3] as number) * (sa / sb),
      (m[4] as number) * (sa / sb),
      (m[5] as number) / sb,
      (m[6] as number) * sa,
      (m[7] as number) * sa,
      m[8] as number,
    ];
    return {
      status: 'aligned',
      reason: confidence < 0.5 ? 'the alignment is weakly supported: check it visually' : null,
      model: simple.model,
      matrix: homography<'afterWork', 'beforeWork'>(work),
      method: `${win.source} (${simple.model})`,
      inliers: support.count,
      confidence,
      similarity: win.v.ncc,
      evidence,
    };
  });
}

const NO_EVIDENCE: Verification = { ncc: 0, band: -1, tiles: 0, overlap: 0 };

/** Strong enough that no further detector or search could change the answer. */
function convincing(t: Trial | undefined): boolean {
  return !!t && t.v.band >= 0.35 && t.v.tiles >= 0.75;
}

function pool(a: FeatureMatches, b: FeatureMatches): FeatureMatches {
  const src = new Float64Array(a.src.length + b.src.length);
  const dst = new Float64Array(src.length);
  src.set(a.src);
  src.set(b.src, a.src.length);
  dst.set(a.dst);
  dst.set(b.dst, a.dst.length);
  return { src, dst, perDetector: { ...a.perDetector, ...b.perDetector } };
}

/** Largest distance between where two transforms send the after image's corners, px. */
function cornerShift(a: Mat3, b: Mat3, size: { width: number; height: number }): number {
  let d = 0;
  for (const c of corners<'afterWork'>(size.width, size.height)) {
    const p = apply(homography<'afterWork', 'beforeWork'>(a), c);
    const q = apply(homography<'afterWork', 'beforeWork'>(b), c);
    d = Math.max(d, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return d;
}

function score(v: Verification): number {
  return v.band + 0.5 * v.tiles;
}

function failed(reason: string, candidates: readonly Candidate[], method: string): Registration {
  return {
    status: 'failed',
    reason,
    model: null,
    matrix: null,
    method,
    inliers: candidates[0]?.inliers ?? 0,
    confidence: 0,
    similarity: null,
    evidence: null,
  };
}

function describeFeatures(per: Readonly<Record<string, number>>): string {
  const ids = Object.keys(per);
  return ids.length ? `${ids.join('+')} / MAGSAC` : 'no features';
}
