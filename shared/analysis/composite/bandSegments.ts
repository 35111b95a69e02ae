/** The pieces a box falls into between its separating bands along one axis. */
import type { LineStats } from './types.js';

/** A run of lines [start, end) inside a box, in line indices. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * Splits the lines of a box at every run of band lines (plain share >= bandShare) and returns the
 * non-band segments at least `minLen` lines long, in order. Segments shorter than that are strips
 * between bands (a caption between two gaps, a logo under the last panel): they are left out, which
 * is how captions and logos set off by their own bands leave the panels. Also returns the median
 * colour of the band lines (null when there were none), the colour caption strips are expected on.
 */
export function bandSegments(
  stats: LineStats,
  bandShare: number,
  minLen: number,
): { segments: Segment[]; bandColour: [number, number, number] | null } {
  const n = stats.plain.length;
  const segments: Segment[] = [];
  let start = -1;
  const bands: number[] = [];
  for (let i = 0; i <= n; i++) {
    const band = i === n || (stats.plain[i] as number) >= bandShare;
    if (i < n && band) bands.push(i);
    if (!band && start < 0) start = i;
    if (band && start >= 0) {
      if (i - start >= minLen) segments.push({ start, end: i });
      start = -1;
    }
  }
  let bandColour: [number, number, number] | null = null;
  if (bands.length > 0) {
    const mid = bands[bands.length >> 1] as number;
    bandColour = [
      stats.median[mid * 3] as number,
      stats.median[mid * 3 + 1] as number,
      stats.median[mid * 3 + 2] as number,
    ];
  }
  return { segments, bandColour };
}
