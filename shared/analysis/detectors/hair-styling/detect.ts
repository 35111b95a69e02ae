import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { MIN_HAIR_SHARE } from '../hair-length/detect.js';
import { meta } from './meta.js';

export const hairStyling: Detector = {
  meta,
  detect(m, t) {
    if (!m.hair || m.hair.hairShare < MIN_HAIR_SHARE) return null;
    const v = m.hair.orientationChangeDeg;
    const severity = grade(v, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(v.toFixed(0)),
      unit: 'deg',
      message: `The strands lie about ${fmt(v, 0)} degrees differently after alignment: the hair was combed or parted another way, so different scalp shows.`,
    };
  },
};
