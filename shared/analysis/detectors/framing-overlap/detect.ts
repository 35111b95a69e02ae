import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const framingOverlap: Detector = {
  meta,
  detect(m, t) {
    if (!m.overlap) return null;
    const v = Math.min(m.overlap.before, m.overlap.after) * 100;
    const severity = grade(v, t);
    if (!severity) return null;
    const which =
      m.overlap.before < m.overlap.after
        ? 'of the before photo appears in the after'
        : 'of the after photo appears in the before';
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: '%',
      message: `Only ${fmt(v)}% ${which}.`,
      region: m.overlapOutline ? { frame: 'before', kind: 'polygon', points: m.overlapOutline } : null,
    };
  },
};
