import type { HairMeasurements } from '../../hair/types.js';
import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

/** Least share of the overlap with strand texture for the hair flags to read anything. */
export const MIN_HAIR_SHARE = 0.04;

/**
 * How much longer strand lines run unbroken in one photo than in the other, per cent (strandLength.ts).
 * Either way counts: a cut can read as longer runs (short strands lying apart on bare skin run
 * unbroken where long tangled ones did not), so the value says the hair changed, not how. More or fewer
 * strands move it too (bench/hairDensity.ts: density changes of 10-25% read 0-22%).
 */
export function hairLengthValue(h: HairMeasurements): number | null {
  const b = h.before.strandLengthPx;
  const a = h.after.strandLengthPx;
  if (h.hairShare < MIN_HAIR_SHARE || b <= 0 || a <= 0) return null;
  return (Math.max(a, b) / Math.min(a, b) - 1) * 100;
}

export const hairLength: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const v = hairLengthValue(m.hair);
    if (v === null) return null;
    const severity = grade(v, t);
    if (!severity) return null;
    const longer = m.hair.after.strandLengthPx > m.hair.before.strandLengthPx ? 'after' : 'before';
    return {
      severity,
      value: Number(v.toFixed(0)),
      unit: '%',
      message: `Strand lines run ${fmt(v, 0)}% longer unbroken in the ${longer} photo (${fmt(m.hair.before.strandLengthPx)} px before, ${fmt(m.hair.after.strandLengthPx)} px after, along the hair flow): the hair was cut, grew, lies differently or has more or fewer strands between the shots (this measure cannot tell which), which changes how much scalp it covers.`,
    };
  },
};
