/**
 * The one analysis pipeline: register, normalize, measure, flag, judge. The engine, the CLI, the server
 * and the app all call this; the runtime (OpenCV, decoded pixels, a clock) comes in as parameters.
 */
import type { FlagId } from '../../contract/flags.js';
import type { AuditReport, PhotoInfo, Threshold } from '../../contract/report.js';
import { REPORT_SCHEMA_VERSION } from '../../contract/version.js';
import { decompose } from '../../geometry/decompose.js';
import type { Homography } from '../../geometry/homography.js';
import { compose, scaling } from '../../geometry/homography.js';
import { overlapPolygon, overlapShares } from '../../geometry/overlap.js';
import type { Cv } from '../cv.js';
import { runDetectors } from '../detectors/runDetectors.js';
import type { PairMeasurements } from '../detectors/types.js';
import type { ExposureCorrection } from '../exposure/correction.js';
import { applyCorrection, identityCorrection } from '../exposure/correction.js';
import { describeWhiteBalance } from '../detectors/light-color/describe.js';
import { matchExposure } from '../exposure/matchExposure.js';
import type { RgbImage } from '../image.js';
import { toGray } from '../image.js';
import { measureDetail } from '../measure/measureDetail.js';
import { measureHair } from '../hair/measureHair.js';
import { coverageReport } from '../hair/coverageReport.js';
import { hairNumbers } from '../hair/hairNumbers.js';
import { resizeRgb } from '../measure/resizeRgb.js';
import { warpRgb } from '../measure/warpRgb.js';
import type { RegisterOptions, Registration } from '../register/registerPair.js';
import { registerPair } from '../register/registerPair.js';
import { verdict } from '../verdict.js';

/** One photo as the pipeline needs it: its facts and a decoded working copy (long side ~1024 px). */
export interface PhotoForAnalysis {
  info: PhotoInfo;
  work: RgbImage;
}

export interface AnalyzePairOptions {
  /** Tool version written into the report. */
  toolVersion: string;
  /** Label echoed in the report (batch manifests). @default null */
  label?: string | null;
  /** Reference rectangle [x, y, width, height] in before-photo pixels for exposure matching. @default the overlap */
  referenceRect?: readonly [number, number, number, number] | null;
  /** Region [x, y, width, height] in before-photo pixels for the scalp coverage measure. @default the overlap */
  coverageRect?: readonly [number, number, number, number] | null;
  /** A person's alignment (after px -> before px, full resolution) that replaces automatic registration. */
  manual?: { matrix: Homography<'after', 'before'>; model: 'similarity' | 'affine' | 'homography' } | null;
  thresholds?: Partial<Record<FlagId, Threshold>>;
  register?: RegisterOptions;
  /** Milliseconds clock for the timings. @default Date.now */
  now?: () => number;
  /** ISO time for the report. @default new Date().toISOString() */
  createdAt?: string;
  onProgress?: (fraction: number, stage: string) => void;
}

export interface PairAnalysis {
  report: AuditReport;
  /** Full-resolution after px -> before px, null when alignment failed. */
  afterToBefore: Homography<'after', 'before'> | null;
  /** The exposure correction for the after photo (identity when none could be measured). */
  correction: ExposureCorrection;
}

/** Pixels to drop along the warped border, where resampling mixes in the black outside. */
const BORDER_ERODE = 3;

export function analyzePair(
  cv: Cv,
  before: PhotoForAnalysis,
  after: PhotoForAnalysis,
  options: AnalyzePairOptions,
): PairAnalysis {
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
  } else {
    progress(0.05, 'register');
    reg = registerPair(cv, grayB, toGray(aw), options.register, (f, s) => progress(0.05 + 0.7 * f, s));
    work = reg.status === 'aligned' ? reg.matrix : null;
    full = work ? compose(compose(toWorkA, work), fromWorkB) : null;
  }
  timings.register = now() - t0;

  progress(0.8, 'normalize');
  const t1 = now();
  let m: PairMeasurements;
  let correction = identityCorrection();
  let exposure = { ev: 0, redStops: 0, blueStops: 0, samples: 0 };
  if (full && work) {
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
    const pose = decompose(full, before.info, after.info, focal ? { focalLength35mm: focal } : {});
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
      overlap: overlapShares(full, before.info, after.info),
      overlapOutline: overlapPolygon(full, after.info, before.info).map((p) => [p.x, p.y]),
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
    };
  }

  const { flags, detectors } = runDetectors(m, { thresholds: options.thresholds });
  const v = verdict(flags);
  timings.total = now() - t0;
  progress(1, 'done');
  const p = m.pose;
  const report: AuditReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'fairshot', version: options.toolVersion },
    createdAt: options.createdAt ?? new Date().toISOString(),
    label: options.label ?? null,
    before: before.info,
    after: after.info,
    alignment: {
      status: full ? 'aligned' : 'failed',
      reason: reg.reason,
      model: full ? reg.model : null,
      matrix: full ? [...full] : null,
      method: reg.method,
      inliers: reg.inliers,
      confidence: full ? reg.confidence : Math.min(reg.confidence, 0.2),
      rotationDeg: p ? round(p.rotationDeg, 3) : null,
      scale: p ? round(p.scale, 4) : null,
      tiltDeg: p ? round(p.tiltDeg, 2) : null,
      overlap: m.overlap ? { before: round(m.overlap.before, 4), after: round(m.overlap.after, 4) } : null,
      similarity: m.structureCorrelation === null ? null : round(m.structureCorrelation, 4),
    },
    exposure: {
      applied: exposure.samples > 0,
      reference: exposure.samples === 0 ? 'none' : options.referenceRect ? 'rect' : 'overlap',
      rect: options.referenceRect ? [...options.referenceRect] : null,
      gains: correction.gains.map((g) => round(g, 4)) as [number, number, number],
      ev: round(exposure.ev, 3),
      whiteBalance: {
        redStops: round(exposure.redStops, 3),
        blueStops: round(exposure.blueStops, 3),
        description: describeWhiteBalance(exposure.redStops, exposure.blueStops),
      },
    },
    flags,
    verdict: v,
    detectors,
    measurements: {
      focusBefore: m.focus ? round(m.focus.before, 4) : null,
      focusAfter: m.focus ? round(m.focus.after, 4) : null,
      detailCorrelation: m.detailCorrelation === null ? null : round(m.detailCorrelation, 4),
      structureCorrelation: m.structureCorrelation === null ? null : round(m.structureCorrelation, 4),
      resolutionRatio: m.pose ? round(m.pose.resolutionRatio, 4) : null,
      exposureSamples: exposure.samples,
      ...hairNumbers(m.hair),
    },
    ...(m.hair
      ? { coverage: coverageReport(m.hair.coverage, flags, m.overlapOutline, before.info, bw) }
      : {}),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, t]) => [k, Math.round(t)])),
  };
  return { report, afterToBefore: full, correction };
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

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}
