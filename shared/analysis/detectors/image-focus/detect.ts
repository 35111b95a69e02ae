import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const imageFocus: Detector = {
  meta,
  detect(m, t) {
    if (!m.focus || m.focus.before <= 0 || m.focus.after <= 0) return null;
    const { before, after } = m.focus;
    const v = (Math.min(before, after) / Math.max(before, after)) * 100;
    const severity = grade(v, t);
    if (!severity) return null;
    const softer = after < before ? 'after' : 'before';
    const other = softer === 'after' ? 'before' : 'after';
    return {
      severity,
      value: Number(v.toFixed(0)),
      unit: '%',
      message: `The ${softer} photo keeps only ${fmt(v, 0)}% of the fine detail of the ${other} photo.`,
      region: m.focus.softerRegion
        ? { frame: 'before', kind: 'polygon', points: m.focus.softerRegion }
        : null,
    };
  },
};
