import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const lightExposure: Detector = {
  meta,
  detect(m, t) {
    if (m.exposure.samples === 0) return null;
    const v = Math.abs(m.exposure.ev);
    const severity = grade(v, t);
    if (!severity) return null;
    const how = m.exposure.ev > 0 ? 'darker' : 'brighter';
    return {
      severity,
      value: Number(v.toFixed(2)),
      unit: 'EV',
      message: `The after photo is ${fmt(v, 2)} EV ${how} than the before.`,
    };
  },
};
