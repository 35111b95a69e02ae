import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const poseScale: Detector = {
  meta,
  detect(m, t) {
    if (!m.pose) return null;
    const s = m.pose.scale;
    const v = (Math.max(s, 1 / s) - 1) * 100;
    const severity = grade(v, t);
    if (!severity) return null;
    const how = s > 1 ? 'larger (closer or zoomed in)' : 'smaller (further away or zoomed out)';
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: '%',
      message: `The subject is ${fmt(v)}% ${how} in the after photo.`,
    };
  },
};
