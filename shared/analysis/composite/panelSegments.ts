/** The pieces of a box left between its separating bands along one axis, frames taken off. */
import type { BandRun } from './bandRuns.js';

/** A run of lines [start, end) inside a box. */
export interface Segment {
  start: number;
  end: number;
}

export interface SegmentRules {
  /** Lines in the box along this axis. */
  n: number;
  /** Shortest piece that can be a panel; shorter pieces (captions, logos between bands) are dropped. */
  minLen: number;
  /**
   * Whether a band at the box's edge is a frame to take off. A band inside the box always separates
   * (nothing in a photo is one flat colour right across a composite), but a flat edge may be the
   * photo's own (a plain backdrop): only a band in a colour already seen between panels, a thin one,
   * or the whole image's border is taken off.
   */
  isFrame: (run: BandRun) => boolean;
}

/** Pieces in order; an empty list when the whole box is bands or strips too short to be panels. */
export function panelSegments(runs: readonly BandRun[], rules: SegmentRules): Segment[] {
  const cuts = runs.filter((r) => (r.start > 0 && r.end < rules.n) || rules.isFrame(r));
  const out: Segment[] = [];
  let start = 0;
  for (const c of [...cuts, { start: rules.n, end: rules.n }]) {
    if (c.start - start >= rules.minLen) out.push({ start, end: c.start });
    start = Math.max(start, c.end);
  }
  return out;
}
