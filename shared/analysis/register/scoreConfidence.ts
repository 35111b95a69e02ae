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
}

/** A wrong alignment must never score high: every factor can only lower the result. */
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
  return Math.min(1, Math.max(0, base * (0.85 + 0.15 * support)));
}
