import type { Detector } from '../types.js';
import { grade } from '../grade.js';
import { meta } from './meta.js';

export const imageCompression: Detector = {
  meta,
  detect(m, t) {
    const qs = [
      ['before', m.before.jpegQuality],
      ['after', m.after.jpegQuality],
    ].filter((e): e is [string, number] => typeof e[1] === 'number');
    if (qs.length === 0) return null;
    const [which, q] = qs.reduce((a, b) => (b[1] < a[1] ? b : a));
    const severity = grade(q, t);
    if (!severity) return null;
    return {
      severity,
      value: q,
      unit: 'quality',
      message: `The ${which} photo is a JPEG saved at quality ${q} of 100.`,
    };
  },
};
