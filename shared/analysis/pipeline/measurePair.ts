/**
 * The measuring half of the pipeline: register, normalize, measure. Everything heavy happens here; the
 * judging half (reportPair: detectors, verdict, report) is cheap and runs once the photos' facts are
 * complete, so a caller can measure while a photo's provenance is still being measured elsewhere.
 */
import { decompose } from '../../geometry/decompose.js';
import type { Homography } from '../../geometry/homography.js';
import { compose, mirroring, scaling } from '../../geometry/homography.js';
import { overlapPolygon, overlapShares } from '../../geometry/overlap.js';
import type { Cv } from '../cv.js';
import type { PairMeasurements } from '../detectors/types.js';
import type { ExposureCorrection } from '../exposure/correction.js';
import { applyCorrection, identityCorrection } from '../exposure/correction.js';
import { matchExposure } from '../exposure/matchExposure.js';
import type { RgbImage } from '../image.js';
import { toGray } from '../image.js';
import { measureDetail } from '../measure/measureDetail.js';
import { measureHair } from '../hair/measureHair.js';
import { photoShine } from '../hair/photoShine.js';
import { resizeRgb } from '../measure/resizeRgb.js';
import { warpRgb } from '../measure/warpRgb.js';
import type { Registration } from '../register/registerPair.js';
import { registerEitherWay } from '../register/registerEitherWay.js';
import type { AnalyzePairOptions, PhotoForAnalysis } from './analyzePair.js';

/** What measurePair found: everything reportPair needs to judge and write the report. */
export interface PairMeasured {
  m: PairMeasurements;
  reg: Registration;
  /** After px -> before px at full resolution; null when not aligned. */
  full: Homography<'after', 'before'> | null;
  correction: ExposureCorrection;
  exposure: { ev: number; redStops: number; blueStops: number; samples: number };
  /** Size of the before photo's working copy the measures were taken on. */
  work: { width: number; height: number };
  /** Milliseconds per stage, and `total` for the whole measuring half. */
  timings: Record<string, number>;
}

/** Pixels to drop along the warped border, where resampling mixes in the black outside. */
const BORDER_ERODE = 3;

export function measurePair(
  cv: Cv,
  before: PhotoForAnalysis,
  after: PhotoForAnalysis,
  options: AnalyzePairOptions,
): PairMeasured {
  const now = options.now ?? Date.now;
  const progress = options.onProgress ?? (() => {});
  const t0 = now();
  const timings: Record<string, number> = {};
  // Register and measure at one pixel scale: when one photo has far fewer pixels, the other is shrunk to
  // match, so features meet at the same size and focus is compared at the resolution both can show.
  const [bw, aw] = sameScale(cv, before.work, after.work);
  const grayB = toGray(bw);
  // Work px per full px, per axis (rounding makes them differ slightly).
  const toWorkA = scaling<'after', 'afterWork'>(aw.width / after.info.width, aw.height / after.info.height);
  const toWorkB = scaling<'before', 'beforeWork'>(
    bw.width / before.info.width,
    bw.height / before.info.height,
  );
  const fromWorkB = scaling<'beforeWork', 'before'>(
    before.info.width / bw.width,
    before.info.height / bw.height,
  );

  let reg: Registration;
  let full: Homography<'after', 'before'> | null;
  let work: Homography<'afterWork', 'beforeWork'> | null;
  // The camera change and overlap are read from this: `full`, but for a mirrored after photo the fit of
  // its mirror image (a reflection has no rotation, scale or tilt to decompose; the overlap is the same).
  let geometry: Homography<'after', 'before'> | null;
  let mirrored = false;
  if (options.manual) {
    full = options.manual.matrix;
    work = compose(
      compose(
        scaling<'afterWork', 'after'>(after.info.width / aw.width, after.info.height / aw.height),
        full,
      ),
      toWorkB,
    );
    reg = {
      status: 'aligned',
      reason: 'aligned by hand from landmarks',
      model: options.manual.model,
      matrix: work,
      method: 'manual landmarks',
      inliers: 0,
      confidence: 1,
      similarity: null,
    };
    // Three or more landmarks can describe a mirror image (a reflection): read the camera change from
    // the fit of the flipped-back photo, as for an automatic mirrored alignment.
    mirrored = (full[0] as number) * (full[4] as number) - (full[1] as number) * (full[3] as number) < 0;
    geometry = mirrored ? compose(mirroring<'after', 'after'>(after.info.width), full) : full;
  } else {
    progress(0.05, 'register');
    const either = registerEitherWay(cv, grayB, toGray(aw), options.register, (f, s) =>
      progress(0.05 + 0.7 * f, s),
    );
    reg = either.reg;
    work = reg.status === 'aligned' ? reg.matrix : null;
    full = work ? compose(compose(toWorkA, work), fromWorkB) : null;
    mirrored = either.mirrored !== null;
    geometry = either.mirrored
      ? compose(
          compose(
            scaling<'after', 'afterMirrored'>(aw.width / after.info.width, aw.height / after.info.height),
            either.mirrored,
          ),
          fromWorkB,
        )
      : full;
  }
  timings.register = now() - t0;

  progress(0.8, 'normalize');
  const t1 = now();
  let m: PairMeasurements;
  let correction = identityCorrection();
  let exposure = { ev: 0, redStops: 0, blueStops: 0, samples: 0 };
  if (full && work && geometry) {
    const warped = warpRgb(cv, aw, work, bw.width, bw.height, { erode: BORDER_ERODE });
    const rect = options.referenceRect
      ? ([
          options.referenceRect[0] * (bw.width / before.info.width),
          options.referenceRect[1] * (bw.height / before.info.height),
          options.referenceRect[2] * (bw.width / before.info.width),
          options.referenceRect[3] * (bw.height / before.info.height),
        ] as const)
      : null;
    const match = matchExposure(bw, warped.image, warped.mask, { rect });
    correction = match.correction;
    exposure = { ev: match.ev, redStops: match.redStops, blueStops: match.blueStops, samples: match.samples };
    timings.normalize = now() - t1;
    const t2 = now();
    progress(0.88, 'measure');
    const detail = measureDetail(cv, grayB, toGray(applyCorrection(warped.image, correction)), warped.mask);
    timings.measure = now() - t2;
    const t3 = now();
    const cr = options.coverageRect;
    const hair = measureHair(cv, bw, warped.image, warped.mask, correction.gains, {
      coverageRect: cr
        ? [
            cr[0] * (bw.width / before.info.width),
            cr[1] * (bw.height / before.info.height),
            cr[2] * (bw.width / before.info.width),
            cr[3] * (bw.height / before.info.height),
          ]
        : null,
    });
    timings.hair = now() - t3;
    const focal = before.info.exif.focalLength35mm ?? after.info.exif.focalLength35mm ?? undefined;
    const pose = decompose(geometry, before.info, after.info, focal ? { focalLength35mm: focal } : {});
    const box = detail.softerBox;
    const toFull = (x: number, y: number): [number, number] => [
      (x * before.info.width) / bw.width,
      (y * before.info.height) / bw.height,
    ];
    m = {
      before: before.info,
      after: after.info,
      aligned: true,
      pose,
      overlap: overlapShares(geometry, before.info, after.info),
      overlapOutline: overlapPolygon(geometry, after.info, before.info).map((p) => [p.x, p.y]),
      mirrored,
      exposure,
      focus: {
        before: detail.focusBefore,
        after: detail.focusAfter,
        softerRegion: box
          ? [toFull(box[0], box[1]), toFull(box[2], box[1]), toFull(box[2], box[3]), toFull(box[0], box[3])]
          : null,
      },
      detailCorrelation: options.manual ? null : detail.detailCorrelation,
      structureCorrelation: detail.structureCorrelation,
      alignmentFailure: null,
      hair,
    };
  } else {
    const t3 = now();
    // Wet, oily or gelled hair is one reason a pair fails to align: its shine is still read, per photo.
    const shine = { before: photoShine(cv, bw), after: photoShine(cv, aw) };
    timings.hair = now() - t3;
    m = {
      before: before.info,
      after: after.info,
      aligned: false,
      pose: null,
      overlap: null,
      overlapOutline: null,
      exposure,
      focus: null,
      detailCorrelation: null,
      structureCorrelation: null,
      alignmentFailure: reg.reason,
      shine,
    };
  }
  timings.total = now() - t0;
  return { m, reg, full, correction, exposure, work: { width: bw.width, height: bw.height }, timings };
}

/** Shrinks the larger working image to the smaller's long side when they differ by more than 1.5x. */
function sameScale(cv: Cv, b: RgbImage, a: RgbImage): [RgbImage, RgbImage] {
  const lb = Math.max(b.width, b.height);
  const la = Math.max(a.width, a.height);
  if (Math.max(lb, la) <= 1.5 * Math.min(lb, la)) return [b, a];
  const shrink = (img: RgbImage, f: number) =>
    resizeRgb(cv, img, Math.max(1, Math.round(img.width * f)), Math.max(1, Math.round(img.height * f)));
  return lb > la ? [shrink(b, la / lb), a] : [b, shrink(a, lb / la)];
}
