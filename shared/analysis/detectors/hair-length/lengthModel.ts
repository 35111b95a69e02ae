/**
 * hair.length v4's reading: four changes of the strand ridges between before and after, and how far
 * they lie from what clean re-shoots and density-only changes do (strandStats.ts says why these four).
 */
import type { HairMeasurements } from '../../hair/types.js';

/**
 * Inverse of the mean second moment of {@link lengthChange} over 168 pairs that must stay quiet:
 * 40 clean re-shoots and 80 density-only changes (10-20% fewer or 10-25% more strands) of rendered heads
 * that no bench split uses (seeds 301-320), and 48 clean re-shoots of the tune and holdout splits' real
 * photos: `node --import tsx bench/hairLengthFit.ts`, which prints it. No haircut or growth case was read
 * to make it.
 */
const PRECISION: readonly (readonly number[])[] = [
  [853.8, 121.1, 603.6, 72.39],
  [121.1, 5436, -3327, -654.3],
  [603.6, -3327, 3366, 562.2],
  [72.39, -654.3, 562.2, 578.8],
];

/**
 * Log ratios after/before of the mean strand run, the ridge share, the band-pass magnitude and the
 * ridge ends per ridge point; null when either photo has no strand ridge to read.
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
  return pairs.map(([x, y]) => Math.log(y / x));
}

/**
 * How unlike a clean re-shoot or a change of density the strand ridges changed: the Mahalanobis
 * distance of {@link lengthChange} under {@link PRECISION} (clean re-shoots in bench/hair.ts's tune and
 * holdout splits read a median 1.1-1.2, at most 2.8).
 */
export function lengthDistance(x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) s += (x[i] as number) * (PRECISION[i]![j] as number) * (x[j] as number);
  return Math.sqrt(Math.max(0, s));
}
