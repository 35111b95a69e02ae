import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const pairDuplicate: Detector = {
  meta,
  detect(m, t) {
    // Two panels of one composite share its file (path and sha256): identical bytes say nothing there.
    if (m.before.sha256 === m.after.sha256 && m.before.path !== m.after.path) {
      return {
        severity: 'critical',
        value: 1,
        unit: 'correlation',
        message: 'Both files are byte for byte the same photo.',
      };
    }
    if (m.detailCorrelation === null) return null;
    const severity = grade(m.detailCorrelation, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(m.detailCorrelation.toFixed(3)),
      unit: 'correlation',
      message: `The fine detail matches at ${fmt(m.detailCorrelation, 3)}: one photo appears to be made from the other (resized, cropped, re-exposed or re-saved).`,
    };
  },
};
