import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const poseRotation: Detector = {
  meta,
  detect(m, t) {
    if (!m.pose) return null;
    const v = Math.abs(m.pose.rotationDeg);
    const severity = grade(v, t);
    if (!severity) return null;
    const dir = m.pose.rotationDeg > 0 ? 'clockwise' : 'counter-clockwise';
    return {
      severity,
      value: Number(v.toFixed(2)),
      unit: 'deg',
      message: `The after photo is rotated ${fmt(v)} deg ${dir} relative to the before.`,
    };
  },
};
