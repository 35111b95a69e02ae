import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const imageResolution: Detector = {
  meta,
  detect(m, t) {
    if (!m.pose) return null;
    const r = m.pose.resolutionRatio;
    const v = Math.min(r, 1 / r) * 100;
    const severity = grade(v, t);
    if (!severity) return null;
    const lower = r < 1 ? 'after' : 'before';
    return {
      severity,
      value: Number(v.toFixed(0)),
      unit: '%',
      message: `The ${lower} photo has ${fmt(v, 0)}% of the other's linear resolution on the scalp (${m.before.width}x${m.before.height} vs ${m.after.width}x${m.after.height} px).`,
    };
  },
};
