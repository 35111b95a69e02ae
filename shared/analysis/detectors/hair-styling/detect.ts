import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';
import { meta } from './meta.js';

export const hairStyling: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair || m.hair.hairShare < MIN_HAIR_SHARE) return null;
    // Percent of the flow tiles, as the threshold is written.
    const v = 100 * m.hair.flowTurnedShare;
    const severity = grade(v, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: '%',
      message: `The hair's flow turned by more than 20 degrees over ${fmt(v, 0)}% of the hair after alignment: the hair was combed or parted another way, so different scalp shows.`,
    };
  },
};
