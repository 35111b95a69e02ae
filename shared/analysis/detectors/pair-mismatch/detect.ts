import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { meta } from './meta.js';

export const pairMismatch: Detector = {
  meta,
  detect(m, t) {
    if (!m.aligned) {
      return {
        severity: 'critical',
        value: null,
        unit: 'correlation',
        message: `The photos could not be aligned (${m.alignmentFailure ?? 'no consistent match'}): they may not show the same scene, or the view differs too much to compare.`,
      };
    }
    if (m.structureCorrelation === null) return null;
    const severity = grade(m.structureCorrelation, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(m.structureCorrelation.toFixed(3)),
      unit: 'correlation',
      message: `After alignment the photos agree only weakly (${fmt(m.structureCorrelation, 2)}): much of the scene differs.`,
    };
  },
};
