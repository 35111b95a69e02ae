/**
 * Maps the independent evidence about a registration to a 0..1 confidence. The thresholds come from
 * bench/registration.ts (real scalp photos with known transforms, and mismatched pairs): see the
 * figures in the commit that last changed them.
 */
import type { Verification } from './verifyAlignment.js';

export interface ConfidenceEvidence {
  readonly verification: Verification;
  /** Feature matches that the final transform maps within tolerance. */
  readonly supportingMatches: number;
  /** Share of the after image (4x4 cells) holding those matches. */
  readonly supportSpread: number;
  /** Change of camera angle the transform implies, degrees (decompose's tilt); absent = not checked. */
  readonly tiltDeg?: number;
  /** Feature matches found in all (pooled), of which `supportingMatches` agree. */
  readonly matches?: number;
  /** The most inliers any feature fit had (see DRIFT); absent = not checked. */
  readonly fitInliers?: number;
}

export interface ScoreConfidenceOptions {
  /** Band-pass NCC at which the texture evidence starts to count. @default 0.12 */
  bandLow?: number;
  /** Band-pass NCC at which the texture evidence is full. @default 0.35 */
  bandHigh?: number;
  /** Agreeing-tile share at which the local evidence starts to count. @default 0.3 */
  tilesLow?: number;
  /** Agreeing-tile share at which the local evidence is full. @default 0.75 */
  tilesHigh?: number;
  /** Tilt, degrees, above which the transform needs feature support (see PERSPECTIVE_SUPPORT). @default 5 */
  freeTilt?: number;
}

/**
 * What a transform tilting more than `freeTilt` needs from the feature matches: this many agreeing, over
 * this share of the photo (as for `support`), and this share of all matches; without it the confidence
 * is capped under 0.25, so the result fails. Intensity alone pins the perspective terms down least, and
 * a partial fit (right on the crown, drifting towards the edges) verifies like a right fit of wet hair.
 * Wrong fits seen: a relit render (light overhead against the front) refined by ECC on the plain images
 * to an 18 deg tilt, 7.35% of the diagonal off, band 0.31 / tiles 0.73 (confidence 0.69), 3 of 387
 * matches agreeing (bench/hair.ts --split tune, head18); re-shoots of the same render in
 * registerRelit.test.ts, 18 and 10 deg, 1 of 502 and 43 of 512 (8%, spread 0.375; confidence 0.90 at
 * 4.3% off). Right fits: bench/registration.ts, the 25 pairs above 5 deg (5-8.7 deg), 228-631 matches
 * agreeing, at least 69% of them; careful re-shoots tilt under 2 deg (bench/lib/calibPair.ts).
 */
const PERSPECTIVE_SUPPORT = { matches: 20, spread: 0.25, share: 0.25, cap: 0.2 };

/**
 * A result that keeps under `keep` of the inliers of a feature fit that had at least `minFit` drifted
 * away from what the features agreed on; the confidence is capped under 0.25. ECC on the plain images
 * drifted so from right similarity fits of relit renders (registerRelit.test.ts's head): 54 of 207 (0.26,
 * 2.1% off at a 3.7 deg tilt, confidence 0.96), 43 of 416 and 18 of 466. Right fits on bench/hair.ts's
 * tune and holdout splits (235 aligned; wet hair and glints move strands between the shots) kept at
 * least 0.54 (29 of 54), most over 0.8; bench/registration.ts's 100 re-shoots at least 0.89. 0.4 sits
 * between.
 */
const DRIFT = { minFit: 20, keep: 0.4 };

/**
 * A wrong alignment must never score high: every factor can only lower the result, and a result the
 * feature matches contradict (PERSPECTIVE_SUPPORT, DRIFT) fails whatever its correlation.
 */
export function scoreConfidence(e: ConfidenceEvidence, options: ScoreConfidenceOptions = {}): number {
  const v = e.verification;
  const ramp = (x: number, lo: number, hi: number): number => Math.min(1, Math.max(0, (x - lo) / (hi - lo)));
  const band = ramp(v.band, options.bandLow ?? 0.12, options.bandHigh ?? 0.35);
  const tiles = ramp(v.tiles, options.tilesLow ?? 0.3, options.tilesHigh ?? 0.75);
  // Little overlap leaves little to verify; below 30% of the before image the result is doubtful.
  const overlap = ramp(v.overlap, 0.15, 0.4);
  // Matches that agree with the intensity-based result are independent support; their absence is
  // normal on smooth skin, so they can add only a little.
  const support = ramp(e.supportingMatches, 8, 40) * ramp(e.supportSpread, 0.1, 0.4);
  const base = Math.min(band, tiles, overlap);
  const score = Math.min(1, Math.max(0, base * (0.85 + 0.15 * support)));
  const steep = (e.tiltDeg ?? 0) > (options.freeTilt ?? 5);
  const backed =
    e.supportingMatches >= PERSPECTIVE_SUPPORT.matches &&
    e.supportSpread >= PERSPECTIVE_SUPPORT.spread &&
    e.supportingMatches >= PERSPECTIVE_SUPPORT.share * (e.matches ?? 0);
  const fit = e.fitInliers ?? 0;
  const drifted = fit >= DRIFT.minFit && e.supportingMatches < DRIFT.keep * fit;
  return (steep && !backed) || drifted ? Math.min(score, PERSPECTIVE_SUPPORT.cap) : score;
}
