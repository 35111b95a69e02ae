/** Runs of band lines (one colour across the whole box) along one axis of a box. */
import type { LineStats } from './types.js';

/** Lines [start, end) of one band, and its colour (the median of its middle line). */
export interface BandRun {
  start: number;
  end: number;
  colour: [number, number, number];
}

/**
 * Every maximal run of lines whose plain share reaches `bandShare` and whose colour stays within
 * `colourStep` of the run's first line, in order. A white gap beside a photo's flat beige edge is two
 * runs, so that the photo's edge can stay with the photo.
 */
export function bandRuns(stats: LineStats, bandShare: number, colourStep: number): BandRun[] {
  const n = stats.plain.length;
  const runs: BandRun[] = [];
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const band = i < n && (stats.plain[i] as number) >= bandShare;
    const turns =
      band &&
      start >= 0 &&
      [0, 1, 2].some(
        (c) =>
          Math.abs((stats.median[i * 3 + c] as number) - (stats.median[start * 3 + c] as number)) >
          colourStep,
      );
    if ((!band || turns) && start >= 0) {
      const mid = (start + i) >> 1;
      runs.push({
        start,
        end: i,
        colour: [
          stats.median[mid * 3] as number,
          stats.median[mid * 3 + 1] as number,
          stats.median[mid * 3 + 2] as number,
        ],
      });
      start = -1;
    }
    if (band && start < 0) start = i;
  }
  return runs;
}
