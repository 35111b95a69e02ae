/**
 * The one analysis pipeline: register, normalize, measure, flag, judge. The engine, the CLI, the server
 * and the app all call this; the runtime (OpenCV, decoded pixels, a clock) comes in as parameters.
 * It is measurePair (the heavy half) then reportPair (detectors, verdict, report); a caller that must
 * complete a photo's facts in between calls the two itself.
 */
import type { FlagId } from '../../contract/flags.js';
import type { AuditReport, PhotoInfo, Threshold } from '../../contract/report.js';
import type { Homography } from '../../geometry/homography.js';
import type { Cv } from '../cv.js';
import type { ExposureCorrection } from '../exposure/correction.js';
import type { RgbImage } from '../image.js';
import type { RegisterOptions } from '../register/registerPair.js';
import { measurePair } from './measurePair.js';
import { reportPair } from './reportPair.js';

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

export function analyzePair(
  cv: Cv,
  before: PhotoForAnalysis,
  after: PhotoForAnalysis,
  options: AnalyzePairOptions,
): PairAnalysis {
  return reportPair(measurePair(cv, before, after, options), options);
}
