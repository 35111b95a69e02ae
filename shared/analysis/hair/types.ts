/** What the pipeline measures about the hair of an aligned, exposure-matched pair, once, for every detector. */
import type { HairScalpContrast } from './hairScalpContrast.js';
import type { StrandStats } from './strandStats.js';
import type { HairLevelChange } from './hairLevelChange.js';

/** One photo's hair, measured over the overlap of the pair. */
export interface HairPhotoMeasures {
  /** How far strand lines run unbroken: mean run of dark strand ridges along the flow, px at 640 px (strandLength.ts). */
  readonly strandLengthPx: number;
  /** Band-pass magnitude, ridge share and ridge ends of the same strand ridges (strandStats.ts). */
  readonly strandStats: StrandStats;
  /** Share of hair-region pixels that are specular highlights (much brighter than the skin, on a strand). */
  readonly highlightShare: number;
  /** Bright peaks of strand-scale detail over its dark ones (99.5th over 0.5th percentile, brightTail.ts). */
  readonly brightTail: number;
  /** Hair/scalp contrast: skin (bright class) median over the mean of the hair region, linear light, stops. */
  readonly contrastStops: number;
  /** Colour of the dark class (hair), log2 of red/green and blue/green in linear light. */
  readonly hairChroma: readonly [number, number];
  /** Colour of the bright class (scalp), log2 of red/green and blue/green in linear light. */
  readonly scalpChroma: readonly [number, number];
  /** Hair/scalp contrast in log light over the hair region of a lightly blurred copy (hairScalpContrast). */
  readonly scalpContrast: HairScalpContrast;
}

/** Share of visible scalp in a region, both photos, after alignment and normalization. */
export interface CoverageMeasure {
  /** Region [x, y, width, height] in working px of the before photo; null: the whole overlap. */
  readonly rect: readonly [number, number, number, number] | null;
  readonly before: number;
  readonly after: number;
  /** One standard uncertainty of the change (after - before), share. */
  readonly uncertainty: number;
  /** Pixels counted. */
  readonly samples: number;
}

export interface HairMeasurements {
  readonly before: HairPhotoMeasures;
  readonly after: HairPhotoMeasures;
  /** Share of the overlap with strand texture (oriented detail) in either photo. */
  readonly hairShare: number;
  /** Change of the scalp's and the hair's own level, pixel by pixel over the hair region (hairLevelChange). */
  readonly levelChange: HairLevelChange;
  /** Typical change of strand direction where both photos show strands, degrees (0 same, 45 unrelated). */
  readonly orientationChangeDeg: number;
  /**
   * Share (0..1) of the hair's flow, in tiles of about 32 px where both photos show one, that turned by
   * more than 20 degrees (flowTurn.ts): what a re-comb or a new parting changes and more or fewer
   * strands do not.
   */
  readonly flowTurnedShare: number;
  /** Shading change across the overlap: RMS of a smooth fit to log2(after / before) luminance, stops. */
  readonly shadingChangeStops: number;
  /** Direction the after photo got brighter towards, degrees in the image (0 = up, 90 = right); null if flat. */
  readonly shadingTowardsDeg: number | null;
  readonly coverage: CoverageMeasure;
}
