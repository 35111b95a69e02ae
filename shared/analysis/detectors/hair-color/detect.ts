import type { HairMeasurements } from '../../hair/types.js';
import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';
import { meta } from './meta.js';

/**
 * Change of the hair/scalp contrast, stops (linear light). The hair's own colour is measured too but
 * not graded: thin strands lose their chroma to JPEG's halved colour resolution, and on clean rendered
 * pairs it moved by up to 0.2 stops.
 */
export function hairColorValue(h: HairMeasurements): number | null {
  if (h.hairShare < MIN_HAIR_SHARE) return null;
  return Math.abs(h.after.contrastStops - h.before.contrastStops);
}

export const hairColor: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair) return null;
    const v = hairColorValue(m.hair);
    if (v === null) return null;
    const severity = grade(v, t);
    if (!severity) return null;
    const { before, after } = m.hair;
    const lower = after.contrastStops < before.contrastStops;
    return {
      severity,
      value: Number(v.toFixed(2)),
      unit: 'stops',
      message: `Hair and scalp differ by ${fmt(before.contrastStops, 2)} stops before and ${fmt(after.contrastStops, 2)} after (change ${fmt(v, 2)} stops): ${lower ? 'concealer, fibres or a spray may darken the scalp in the after photo, or the hair is lighter' : 'the hair looks dyed darker in the after photo, or the scalp lighter'}.`,
    };
  },
};
