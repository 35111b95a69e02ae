import type { HairMeasurements } from '../../hair/types.js';
import type { PhotoShine } from '../../hair/photoShine.js';
import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';
import { meta } from './meta.js';

/** Highlight shares below this count as this: a handful of bright pixels is not a ratio. */
const FLOOR = 0.005;

/**
 * Power the bright-tail ratio is raised to so that one threshold serves both measures: clean re-shoots
 * read up to 1.21x in highlight share and 1.14x in bright tail (1.31 squared), cases at least 1.94x
 * and 1.39x (1.93 squared) (bench/hair.ts, tune and holdout, meta.ts).
 */
const TAIL_POWER = 2;

/** One photo's shine: what hair.wet compares, over the shared overlap or over each photo alone. */
interface Shine {
  readonly highlightShare: number;
  readonly brightTail: number;
}

/** The two shine measures, each the shinier photo over the duller, and which photo is the shinier. */
export function hairWetParts(
  before: Shine,
  after: Shine,
): {
  highlights: number;
  tail: number;
  shinier: 'before' | 'after';
} {
  const b = Math.max(FLOOR, before.highlightShare);
  const a = Math.max(FLOOR, after.highlightShare);
  const tb = Math.max(1e-3, before.brightTail);
  const ta = Math.max(1e-3, after.brightTail);
  const highlights = Math.max(a, b) / Math.min(a, b);
  const tail = (Math.max(ta, tb) / Math.min(ta, tb)) ** TAIL_POWER;
  const shinier = highlights >= tail ? (a > b ? 'after' : 'before') : ta > tb ? 'after' : 'before';
  return { highlights, tail, shinier };
}

/**
 * How many times shinier the hair of one photo is: the larger of the highlight-share ratio and the
 * squared bright-tail ratio (null when the overlap shows almost no hair).
 */
export function hairWetValue(h: HairMeasurements): number | null {
  if (h.hairShare < MIN_HAIR_SHARE) return null;
  const p = hairWetParts(h.before, h.after);
  return Math.max(p.highlights, p.tail);
}

/**
 * The same value read from each photo alone (photoShine.ts), for a pair that did not align (null when
 * either photo shows almost no hair).
 */
export function shineWetValue(before: PhotoShine, after: PhotoShine): number | null {
  if (Math.min(before.hairShare, after.hairShare) < MIN_HAIR_SHARE) return null;
  const p = hairWetParts(before, after);
  return Math.max(p.highlights, p.tail);
}

export const hairWet: Detector = {
  meta,
  detect(m, t) {
    // Aligned: both photos over their shared overlap. Not aligned: each photo over its own hair.
    const pair = m.hair ?? m.shine ?? null;
    if (!pair) return null;
    const v = m.hair ? hairWetValue(m.hair) : m.shine ? shineWetValue(m.shine.before, m.shine.after) : null;
    if (v === null) return null;
    const severity = grade(v, t);
    if (!severity) return null;
    const { before, after } = pair;
    const { shinier } = hairWetParts(before, after);
    const pct = (x: number) => fmt(100 * x, 1);
    const where = m.hair ? '' : ', each photo read whole since they could not be aligned';
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: 'x',
      message: `The hair in the ${shinier} photo shines ${fmt(v)} times as much (highlights on ${pct(before.highlightShare)}% of the hair before, ${pct(after.highlightShare)}% after; bright glints ${fmt(before.brightTail, 2)} and ${fmt(after.brightTail, 2)} of the dark strand contrast${where}): wet, oily or gelled hair clumps and shows more scalp.`,
    };
  },
};
