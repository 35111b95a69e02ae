/**
 * Detects and matches binary features with more than one detector. One detector alone registers a
 * minority of real scalp pairs (little stable texture); AKAZE and ORB fail on different pairs, so their
 * matches are pooled. Keypoints are capped to a budget spread over the image (brute-force matching is
 * quadratic, and wasm is slow), and matches must pass Lowe's ratio test and be one-to-one.
 */
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import { copyKeypoints } from './copyKeypoints.js';
import { readKeypoints } from './readKeypoints.js';
import { readKnn } from './readKnn.js';
import type { PointPairs } from './types.js';

export type DetectorId = 'akaze' | 'orb';

export interface MatchFeaturesOptions {
  /** Detectors whose matches are pooled. @default ['akaze', 'orb'] */
  detectors?: readonly DetectorId[];
  /** Lowe ratio: best distance must be below this share of the second best. @default 0.85 */
  ratio?: number;
  /**
   * Keypoints kept per image and detector (strongest, spread over an 8x8 grid). ORB keeps 1000: bench/registration.ts
   * reads the same with 1000 as with 1500 (100/100 within 0.5%, median 0.04%, p95 0.13%, worst 0.32%, 50/50
   * mismatches rejected) and brute-force matching is quadratic: features:orb on the e2e pair 255 -> 190 ms
   * main-thread CPU (median of 5 cold runs each, alternating). AKAZE, the fallback for hard pairs, keeps
   * 1500. @default 1000 for ORB, 1500 for AKAZE
   */
  maxKeypoints?: number;
  /** AKAZE response threshold; low because OpenCV's 0.001 finds a few dozen points on bald skin. @default 0.0002 */
  akazeThreshold?: number;
}

export interface FeatureMatches extends PointPairs {
  /** Matches contributed by each detector, for the method string and diagnostics. */
  readonly perDetector: Readonly<Record<string, number>>;
}

type KeyPoints = InstanceType<Cv['KeyPointVector']>;

interface Detector {
  detect(img: Mat, kp: KeyPoints, mask: Mat): void;
  compute(img: Mat, kp: KeyPoints, desc: Mat): void;
  delete(): void;
}

/** `after` and `before` are 8-bit gray Mats; returned pairs map after px -> before px. */
export function matchFeatures(
  cv: Cv,
  after: Mat,
  before: Mat,
  options: MatchFeaturesOptions = {},
): FeatureMatches {
  const detectors = options.detectors ?? ['akaze', 'orb'];
  const ratio = options.ratio ?? 0.85;
  const src: number[] = [];
  const dst: number[] = [];
  const perDetector: Record<string, number> = {};
  for (const id of detectors) {
    withMats((keep) => {
      const budget = options.maxKeypoints ?? (id === 'orb' ? 1000 : 1500);
      let det: Detector;
      if (id === 'akaze') {
        const ak = keep(
          new (cv as unknown as { AKAZE: new () => Detector & { setThreshold(t: number): void } }).AKAZE(),
        );
        ak.setThreshold(options.akazeThreshold ?? 0.0002);
        det = ak;
      } else {
        // Over-detect (2x budget, low FAST threshold) so that the grid selection has a choice on skin.
        det = keep(
          new cv.ORB(budget * 2, 1.2, 8, 19, 0, 2, cv.ORB_HARRIS_SCORE, 31, 10),
        ) as unknown as Detector;
      }
      const describe = (img: Mat): { kp: KeyPoints; desc: Mat } => {
        const all = keep(new cv.KeyPointVector());
        det.detect(img, all, keep(new cv.Mat()));
        const kp = keep(selectKeypoints(cv, all, img.cols, img.rows, budget));
        const desc = keep(new cv.Mat());
        det.compute(img, kp, desc);
        return { kp, desc };
      };
      const a = describe(after);
      const b = describe(before);
      if (a.kp.size() < 2 || b.kp.size() < 2 || a.desc.rows < 2 || b.desc.rows < 2) {
        perDetector[id] = 0;
        return;
      }
      const matcher = keep(new cv.BFMatcher(cv.NORM_HAMMING, false));
      const knn = keep(new cv.DMatchVectorVector());
      matcher.knnMatch(a.desc, b.desc, knn, 2);
      const m = readKnn(cv, knn);
      // One-to-one: of all after points whose best match is the same before point, keep the closest.
      // It stands in for a full cross-check at half the matching cost.
      const bestFor = new Map<number, { q: number; d: number }>();
      for (let i = 0; i < m.count; i++) {
        if ((m.found[i] as number) < 2) continue;
        const d0 = m.distance0[i] as number;
        if (d0 >= ratio * (m.distance1[i] as number)) continue;
        const t = m.train0[i] as number;
        const prev = bestFor.get(t);
        if (!prev || d0 < prev.d) bestFor.set(t, { q: i, d: d0 });
      }
      // Positions as compute() left the keypoints (it drops those too close to the border).
      const pa = readKeypoints(cv, a.kp);
      const pb = readKeypoints(cv, b.kp);
      for (const [t, { q }] of bestFor) {
        src.push(pa.x[q] as number, pa.y[q] as number);
        dst.push(pb.x[t] as number, pb.y[t] as number);
      }
      perDetector[id] = bestFor.size;
    });
  }
  return { src: Float64Array.from(src), dst: Float64Array.from(dst), perDetector };
}

/**
 * The strongest keypoints, at most `budget`, with a per-cell quota on an 8x8 grid first so that a
 * textured hairline does not take the whole budget from the smooth scalp.
 */
function selectKeypoints(cv: Cv, all: KeyPoints, width: number, height: number, budget: number): KeyPoints {
  // Read out of wasm in one pass (readKeypoints.ts): one embind get() per keypoint cost more than
  // detecting them on a cold thread.
  const { count: n, x, y, response } = readKeypoints(cv, all);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((p, q) => (response[q] as number) - (response[p] as number));
  const quota = Math.max(1, Math.floor(budget / 64));
  const perCell = new Int32Array(64);
  const taken = new Uint8Array(n);
  const picked: number[] = [];
  for (const i of order) {
    if (picked.length >= budget) break;
    const cell =
      Math.min(7, Math.floor(((y[i] as number) / height) * 8)) * 8 +
      Math.min(7, Math.floor(((x[i] as number) / width) * 8));
    if ((perCell[cell] as number) >= quota) continue;
    perCell[cell] = (perCell[cell] as number) + 1;
    taken[i] = 1;
    picked.push(i);
  }
  for (const i of order) {
    if (picked.length >= budget) break;
    if (taken[i]) continue;
    picked.push(i);
  }
  return copyKeypoints(cv, all, picked);
}
