import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { strongestPhoto } from '../../provenance/strongestPhoto.js';
import { meta } from './meta.js';

export const provenanceRecompressed: Detector = {
  meta,
  detect(m, t) {
    const s = strongestPhoto(m, (p) => p.doubleCompression?.score);
    if (!s) return null;
    const severity = grade(s.value, t);
    if (!severity) return null;
    const q = s.provenance.doubleCompression?.primaryQuality;
    const earlier = q !== null && q !== undefined ? `, first at about quality ${q}` : '';
    return {
      severity,
      value: Number(fmt(s.value, 2)),
      unit: 'score',
      message: `The ${s.which} photo was saved as a JPEG at least twice${earlier} (double-quantization score ${fmt(s.value, 2)}).`,
    };
  },
};
