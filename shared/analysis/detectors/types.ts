/**
 * What a detector is: self-describing metadata (meta.ts) and a pure decision (detect.ts) over the
 * measurements the pipeline made once for the pair.
 */
import type { FlagId, Severity } from '../../contract/flags.js';
import type { PhotoInfo, Region, Threshold } from '../../contract/report.js';
import type { PoseChange } from '../../geometry/decompose.js';
import type { HairMeasurements } from '../hair/types.js';
import type { PhotoShine } from '../hair/photoShine.js';

export interface DetectorMeta {
  readonly id: FlagId;
  readonly label: string;
  /** Bumped whenever the measurement or the default threshold changes, so a report can be reproduced. */
  readonly version: number;
  readonly threshold: Threshold;
  /** One sentence: why this matters when judging hair in a before/after pair. */
  readonly why: string;
  /**
   * Set while a detector misses its calibration targets (>= 90% caught, <= 5% false alarms on held-out
   * cases): it still measures and reports, but only as 'info', so it cannot move the verdict.
   * `experimental` says, in one sentence, what it misses.
   */
  readonly experimental?: string;
  /**
   * Other flags whose cause also moves this detector's reading (measured: bench/hair.ts). When one of
   * them fires on the same pair, runDetectors.ts names it after this flag's message and adds `note`,
   * so the reader knows the change may be theirs.
   */
  readonly confusedBy?: { readonly ids: readonly FlagId[]; readonly note: string };
}

/** Everything measured about a pair, computed once by the pipeline and read by every detector. */
export interface PairMeasurements {
  before: PhotoInfo;
  after: PhotoInfo;
  aligned: boolean;
  /** Camera change read from the alignment; null when alignment failed. */
  pose: PoseChange | null;
  /** Share of each photo the other shows; null when alignment failed. */
  overlap: { before: number; after: number } | null;
  /** The after photo's outline in before-photo pixels (full resolution); null when alignment failed. */
  overlapOutline: [number, number][] | null;
  /** Exposure and white-balance correction that matching needed (stops). */
  exposure: { ev: number; redStops: number; blueStops: number; samples: number };
  /** Detail (band-pass energy) of each photo over the overlap, same frame and scale; null when unaligned. */
  focus: { before: number; after: number; softerRegion: [number, number][] | null } | null;
  /** Correlation of fine detail (band-pass) of the aligned pair: near 1 only for copies of one capture. */
  detailCorrelation: number | null;
  /** Correlation of coarse structure (low-pass) of the aligned pair. */
  structureCorrelation: number | null;
  /** Reason alignment failed, when it did. */
  alignmentFailure: string | null;
  /** The after photo aligned only as its mirror image (registerEitherWay.ts); absent means it did not. */
  mirrored?: boolean;
  /** Hair of the aligned, exposure-matched pair over the overlap; absent when unaligned or not measured. */
  hair?: HairMeasurements | null;
  /**
   * Shine of each photo's hair read from that photo alone (photoShine.ts): measured only when alignment
   * failed, for hair.wet, since wet hair is one reason pairs fail to align.
   */
  shine?: { before: PhotoShine; after: PhotoShine } | null;
}

/** What a detector says when it fires. */
export interface FlagDraft {
  severity: Severity;
  message: string;
  value: number | string | null;
  unit: string;
  region?: Region | null;
}

export interface Detector {
  readonly meta: DetectorMeta;
  /** Pure: returns null when the flag does not apply or cannot be measured. */
  detect(m: PairMeasurements, threshold: Threshold): FlagDraft | null;
}
