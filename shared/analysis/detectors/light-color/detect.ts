import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';
import { describeWhiteBalance } from './describe.js';

export const lightColor: Detector = {
  meta,
  detect(m, t) {
    if (m.exposure.samples === 0) return null;
    const { redStops, blueStops } = m.exposure;
    const v = Math.max(Math.abs(redStops), Math.abs(blueStops));
    const severity = grade(v, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(v.toFixed(2)),
      unit: 'stops',
      message: `${describeWhiteBalance(redStops, blueStops)} (${fmt(v, 2)} stops).`,
    };
  },
};
