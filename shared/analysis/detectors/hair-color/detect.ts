import type { HairMeasurements } from '../../hair/types.js';
import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';
import { meta } from './meta.js';

/**
 * Change of the hair/scalp contrast in log light, stops: of its two readings (scalp median over the hair
 * class median, and over the region's geometric mean), the one that changed more, signed (after minus
 * before; the sign alone does not tell dye from concealer). Each misses
 * cases the other sees: dye on dark hair moves the class medians most, a tint of the skin towards the
 * hair colour the geometric mean (bench/hair.ts tune and holdout splits). The hair's own colour is
 * measured too but not graded: thin strands lose their chroma to JPEG's halved colour resolution, and on
 * clean rendered pairs it moved by up to 0.2 stops.
 */
export function hairColorChange(h: HairMeasurements): number | null {
  if (h.hairShare < MIN_HAIR_SHARE) return null;
  const b = h.before.scalpContrast;
  const a = h.after.scalpContrast;
  const dc = a.classes - b.classes;
  const dg = a.geometric - b.geometric;
  return Math.abs(dc) >= Math.abs(dg) ? dc : dg;
}

/** The graded value: the size of {@link hairColorChange}. */
export function hairColorValue(h: HairMeasurements): number | null {
  const d = hairColorChange(h);
  return d === null ? null : Math.abs(d);
}

export const hairColor: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const d = hairColorChange(m.hair);
    if (d === null) return null;
    const v = Math.abs(d);
    const severity = grade(v, t);
    if (!severity) return null;
    const { before, after } = m.hair;
    return {
      severity,
      value: Number(v.toFixed(2)),
      unit: 'stops',
      // No direction is claimed: scalp darkened by concealer partly drops under the before's hair/skin
      // split and can raise the median of what stays above it, so the sign does not tell dye from it.
      // Nor is dye claimed alone: on bench/hair.ts --split final the flag fired on 15/15 wet-hair, 13/14
      // relit and 8/16 length cases as well.
      message: `The scalp is ${fmt(before.scalpContrast.classes, 2)} stops brighter than the hair before and ${fmt(after.scalpContrast.classes, 2)} after (contrast change ${fmt(v, 2)} stops): the hair may be dyed, or concealer, fibres or a spray may colour the scalp (wet hair, other light or a haircut change this contrast too).`,
    };
  },
};
