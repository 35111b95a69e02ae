/**
 * hair.length v5's reading: five changes of the strand ridges between before and after, and how far
 * they lie from what clean re-shoots and density-only changes do (strandStats.ts says why these five;
 * v4 read the first four).
 */
import type { HairMeasurements } from '../../hair/types.js';

/**
 * Inverse of the mean second moment of {@link lengthChange} over 164 pairs that must stay quiet:
 * 40 clean re-shoots and 80 density-only changes (10-20% fewer or 10-25% more strands) of rendered heads
 * that no bench split uses (seeds 301-320), and 44 clean re-shoots of the tune and holdout splits' real
 * photos (the first 20 odd-numbered and 24 even-numbered, none of which the final split uses):
 * `node --import tsx bench/hairLengthFit.ts`, which prints it. No haircut or growth case was read to
 * make it. Those 164 read at most 5.05 (a rendered head with 25% more strands), p95 3.36.
 */
const PRECISION: readonly (readonly number[])[] = [
  [1019, -41.9, 363.7, 175, -692.4],
  [-41.9, 5705, -3082, -771, 809.4],
  [363.7, -3082, 3430, 456.8, 641.3],
  [175, -771, 456.8, 643.5, -382.1],
  [-692.4, 809.4, 641.3, -382.1, 2522],
];

/**
 * Log ratios after/before of the mean strand run, the ridge share, the band-pass magnitude and the
 * ridge ends per ridge point, then the change (after - before) of the along-flow correlation, which
 * runs -1 to 1 and so is differenced rather than divided; null when either photo has no strand ridge to
 * read.
 */
export function lengthChange(h: HairMeasurements): number[] | null {
  const b = h.before;
  const a = h.after;
  const pairs: [number, number][] = [
    [b.strandLengthPx, a.strandLengthPx],
    [b.strandStats.ridgeShare, a.strandStats.ridgeShare],
    [b.strandStats.bandPass, a.strandStats.bandPass],
    [b.strandStats.ridgeEnds, a.strandStats.ridgeEnds],
  ];
  if (pairs.some(([x, y]) => !(x > 0) || !(y > 0))) return null;
  return [
    ...pairs.map(([x, y]) => Math.log(y / x)),
    a.strandStats.flowCorrelation - b.strandStats.flowCorrelation,
  ];
}

/**
 * How unlike a clean re-shoot or a change of density the strand ridges changed: the Mahalanobis
 * distance of {@link lengthChange} under {@link PRECISION} (clean re-shoots in bench/hair.ts's tune and
 * holdout splits read a median 1.1-1.2, at most 2.8).
 */
export function lengthDistance(x: readonly number[]): number {
  let s = 0;
  const n = PRECISION.length;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) s += (x[i] as number) * (PRECISION[i]![j] as number) * (x[j] as number);
  return Math.sqrt(Math.max(0, s));
}
