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
  /** Whether a band's colour was already seen between panels or around the image. */
  known: (run: BandRun) => boolean;
  /** Largest per-channel difference between two runs of one colour. */
  sameColour: number;
  /** Whether a band is thin enough to be a frame whatever its colour. */
  thin: (run: BandRun) => boolean;
}

/**
 * Pieces in order, and the bands that separated pieces (for their colours). Adjacent runs form one
 * group. A group at the box's edge is taken off from the outside in while its runs are a frame (a
 * known colour, such as the image's border, or thin): a flat edge in a new colour is the photo's own
 * (a plain backdrop) and stays. A group inside the box separates; when part of it has a known colour,
 * only that part is the gap and the rest stays with the photo beside it.
 */
export function panelSegments(
  runs: readonly BandRun[],
  rules: SegmentRules,
): { segments: Segment[]; separators: BandRun[] } {
  const groups: BandRun[][] = [];
  // Up to two lines of JPEG ringing beside a photo's edge may break a band: still one group.
  for (const r of runs) {
    const g = groups.at(-1);
    if (g && r.start - (g.at(-1) as BandRun).end <= 2) g.push(r);
    else groups.push([r]);
  }
  const cuts: Segment[] = [];
  const separators: BandRun[] = [];
  const frame = (r: BandRun) => rules.known(r) || rules.thin(r);
  for (const g of groups) {
    const first = g[0] as BandRun;
    const last = g.at(-1) as BandRun;
    const atStart = first.start <= 2;
    if (atStart || last.end >= rules.n - 2) {
      const ordered = atStart ? g : [...g].reverse();
      let k = 0;
      while (k < ordered.length && frame(ordered[k] as BandRun)) k++;
      if (k === 0) continue;
      const taken = ordered.slice(0, k);
      // From the box's edge (ringing lines before the first run go too) to the last frame line.
      cuts.push(
        atStart
          ? { start: 0, end: Math.max(...taken.map((r) => r.end)) }
          : { start: Math.min(...taken.map((r) => r.start)), end: rules.n },
      );
      continue;
    }
    const gap = g.filter((r) => rules.known(r));
    if (gap.length > 0) {
      cuts.push({ start: (gap[0] as BandRun).start, end: (gap.at(-1) as BandRun).end });
      continue;
    }
    // No known colour: a band of one or two lines inside a photo is as often a flat streak of the photo
    // (seen on the tuning seed) as a thin gap; thin gaps are left to the seam search.
    if (last.end - first.start < 3) continue;
    // No known colour: one colour throughout is a gap (and its colour becomes known); several are two
    // photos' flat edges meeting (plain backdrops), cut where the colour changes most.
    const step = (k: number) =>
      Math.max(
        ...[0, 1, 2].map((c) => Math.abs((g[k] as BandRun).colour[c]! - (g[k - 1] as BandRun).colour[c]!)),
      );
    let best = 0;
    for (let k = 1; k < g.length; k++)
      if (step(k) > rules.sameColour && (best === 0 || step(k) > step(best))) best = k;
    if (best === 0) {
      separators.push(g.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)));
      cuts.push({ start: first.start, end: last.end });
    } else cuts.push({ start: (g[best] as BandRun).start, end: (g[best] as BandRun).start });
  }
  cuts.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let start = 0;
  for (const c of [...cuts, { start: rules.n, end: rules.n }]) {
    if (c.start - start >= rules.minLen) segments.push({ start, end: c.start });
    start = Math.max(start, c.end);
  }
  return { segments, separators };
}
