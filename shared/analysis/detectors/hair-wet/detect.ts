import type { HairMeasurements } from '../../hair/types.js';
import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';
import { meta } from './meta.js';

/** Highlight shares below this count as this: a handful of bright pixels is not a ratio. */
const FLOOR = 0.005;

/** How many times more of the hair region is specular highlight in the shinier photo. */
export function hairWetValue(h: HairMeasurements): number | null {
  if (h.hairShare < MIN_HAIR_SHARE) return null;
  const b = Math.max(FLOOR, h.before.highlightShare);
  const a = Math.max(FLOOR, h.after.highlightShare);
  return Math.max(a, b) / Math.min(a, b);
}

export const hairWet: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const v = hairWetValue(m.hair);
    if (v === null) return null;
    const severity = grade(v, t);
    if (!severity) return null;
    const { before, after } = m.hair;
    const shinier = after.highlightShare > before.highlightShare ? 'after' : 'before';
    const pct = (x: number) => fmt(100 * x, 1);
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: 'x',
      message: `The hair in the ${shinier} photo shines ${fmt(v)} times as much (highlights on ${pct(before.highlightShare)}% of the hair before, ${pct(after.highlightShare)}% after): wet, oily or gelled hair clumps and shows more scalp.`,
    };
  },
};
