import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { strongestPhoto } from '../../provenance/strongestPhoto.js';
import { meta } from './meta.js';

export const provenanceErrorLevel: Detector = {
  meta,
  detect(m, t) {
    const s = strongestPhoto(m, (p) => p.errorLevel?.score);
    if (!s) return null;
    const severity = grade(s.value, t);
    if (!severity) return null;
    const r = s.provenance.errorLevel?.region ?? null;
    return {
      severity,
      value: Number(fmt(s.value, 1)),
      unit: 'z',
      message: `One region of the ${s.which} photo has an error level ${fmt(s.value, 1)} robust deviations from the rest: it may have been pasted in or retouched.`,
      region: r
        ? {
            frame: s.which,
            kind: 'rect',
            points: [
              [r[0], r[1]],
              [r[0] + r[2], r[1] + r[3]],
            ],
          }
        : null,
    };
  },
};
