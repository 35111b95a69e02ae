/**
 * Intensity-based refinement with OpenCV's ECC, coarse to fine. ECC maximizes the zero-mean normalized
 * correlation, so it is blind to exposure gain and offset, and it uses every pixel: it keeps working on
 * skin where feature detectors find little.
 */
import type { Cv, Mat } from '../cv.js';
import { withMats } from '../cv.js';
import { homography, invert } from '../../geometry/homography.js';
import type { Pyramid } from './buildPyramid.js';
import { atLevel, fromLevel } from './pyramidLevel.js';
import type { Mat3 } from './types.js';

export interface RefineEccOptions {
  /** 'homography' (8 parameters) or 'affine' (6). @default 'homography' */
  motion?: 'affine' | 'homography';
  /** [pyramid level, iterations] pairs, coarsest first (level 0 = full size). @default [[2, 40], [1, 25], [0, 10]] */
  schedule?: readonly (readonly [number, number])[];
  /** Stop a level when the correlation gains less than this. @default 1e-5 */
  epsilon?: number;
  /** ECC's own Gaussian pre-blur, px (odd). @default 5 */
  blur?: number;
}

export interface EccResult {
  readonly matrix: Mat3;
  /** ECC's final correlation coefficient at the finest level it reached. */
  readonly rho: number;
  /** Finest level reached (0 = full size); above the schedule's last level means ECC diverged there. */
  readonly level: number;
}

/**
 * `after` and `before` are pyramids from buildPyramid; `init` maps after px -> before px at level 0.
 * Returns null when ECC diverges already at the coarsest level.
 *
 * ECC takes a mask for its input image only, and the after photo is the one that may carry padding
 * (a rotated export, or the outside of a re-shoot), so the after image is ECC's input: ECC then
 * estimates before -> after, which is inverted on the way in and out.
 */
export function refineEcc(
  cv: Cv,
  afterPyr: Pyramid,
  beforePyr: Pyramid,
  init: Mat3,
  options: RefineEccOptions = {},
): EccResult | null {
  const after = afterPyr.images;
  const before = beforePyr.images;
  const schedule = (
    options.schedule ?? [
      [2, 40],
      [1, 25],
      [0, 10],
    ]
  ).filter(([l]) => l < after.length && l < before.length);
  const motion = options.motion ?? 'homography';
  let m: Mat3 = inv(init);
  let rho = Number.NaN;
  let reached = -1;
  for (const [level, iters] of schedule) {
    const hl = atLevel(m, level);
    const res = withMats((keep) => {
      const warp =
        motion === 'homography'
          ? keep(
              cv.matFromArray(
                3,
                3,
                cv.CV_32F,
                hl.map((v) => v / (hl[8] as number)),
              ),
            )
          : keep(
              cv.matFromArray(
                2,
                3,
                cv.CV_32F,
                hl.slice(0, 6).map((v) => v / (hl[8] as number)),
              ),
            );
      const mask = afterPyr.masks?.[level] ?? keep(new cv.Mat());
      const crit = new cv.TermCriteria(
        cv.TermCriteria_COUNT + cv.TermCriteria_EPS,
        iters,
        options.epsilon ?? 1e-5,
      );
      try {
        // Template = before, input = after: ECC's warp maps before coordinates to after coordinates.
        const r = cv.findTransformECC(
          before[level] as Mat,
          after[level] as Mat,
          warp,
          motion === 'homography' ? cv.MOTION_HOMOGRAPHY : cv.MOTION_AFFINE,
          crit,
          mask,
          options.blur ?? 5,
        );
        const w = Array.from(warp.data32F);
        return { r, w: motion === 'homography' ? w : [...w, 0, 0, 1] };
      } catch {
        // ECC throws when the correlation stops improving from the start: no alignment at this level.
        return null;
      }
    });
    if (!res || !res.w.every(Number.isFinite)) {
      if (reached < 0) return null;
      continue;
    }
    const w = res.w;
    m = fromLevel(w, level);
    rho = res.r;
    reached = level;
  }
  return reached < 0 ? null : { matrix: inv(m), rho, level: reached };
}

function inv(m: Mat3): Mat3 {
  return invert(homography<'afterWork', 'beforeWork'>(m)) as unknown as Mat3;
}
