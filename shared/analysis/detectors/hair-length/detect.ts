import type { HairMeasurements } from '../../hair/types.js';
import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';
import { lengthChange, lengthDistance } from './lengthModel.js';

/** Least share of the overlap with strand texture for the hair flags to read anything. */
export const MIN_HAIR_SHARE = 0.04;

/**
 * How unlike a clean re-shoot or a change of density the strand ridges changed (lengthModel.ts): the
 * distance of the four log ratios (mean run, ridge share, band-pass magnitude, ridge ends) from what
 * such quiet pairs do. A haircut or growth moves them along a line more or fewer strands do not.
 */
export function hairLengthValue(h: HairMeasurements): number | null {
  if (h.hairShare < MIN_HAIR_SHARE) return null;
  const x = lengthChange(h);
  return x ? lengthDistance(x) : null;
}

export const hairLength: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const v = hairLengthValue(m.hair);
    if (v === null) return null;
    const severity = grade(v, t);
    if (!severity) return null;
    const b = m.hair.before;
    const a = m.hair.after;
    // Ends per ridge point is the reading that follows the direction of a change best (a cut can read as
    // longer runs, short strands apart on bare skin, but not as fewer ends), so the message leans on it.
    const more = a.strandStats.ridgeEnds > b.strandStats.ridgeEnds ? 'after' : 'before';
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: '',
      message: `The strand lines changed in a way a re-shoot or more or fewer strands do not explain (distance ${fmt(v)}): strand lines end more often in the ${more} photo (${fmt(b.strandStats.ridgeEnds, 3)} ends per ridge point before, ${fmt(a.strandStats.ridgeEnds, 3)} after; unbroken runs ${fmt(b.strandLengthPx)} px before, ${fmt(a.strandLengthPx)} px after), which is what shorter hair in the ${more} photo looks like: a haircut or growth between the shots changes how much scalp the hair covers.`,
    };
  },
};
