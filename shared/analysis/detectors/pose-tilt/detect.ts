import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const poseTilt: Detector = {
  meta,
  detect(m, t) {
    if (!m.pose) return null;
    const v = m.pose.tiltDeg;
    const severity = grade(v, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(v.toFixed(1)),
      unit: 'deg',
      message: `The camera angle differs by about ${fmt(v)} deg between the photos.`,
    };
  },
};
