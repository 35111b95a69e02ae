import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { strongestPhoto } from '../../provenance/strongestPhoto.js';
import { meta } from './meta.js';

/** |ln| of the aspect ratios above which the thumbnail shows another crop: 0.05 is a 5% change of shape. */
const ASPECT = 0.05;

export const provenanceThumbnail: Detector = {
  meta,
  detect(m, t) {
    const s = strongestPhoto(m, (p) => p.thumbnail?.similarity, true);
    const a = strongestPhoto(m, (p) => p.thumbnail?.aspectDifference);
    if (a && a.value >= ASPECT) {
      return {
        severity: 'warning',
        value: Number(fmt(s?.value ?? 0, 2)),
        unit: 'correlation',
        message: `The ${a.which} photo's embedded thumbnail has another shape than the photo (${fmt(Math.exp(a.value) * 100 - 100, 0)}% apart): the photo was cropped after the thumbnail was made.`,
      };
    }
    if (!s) return null;
    const severity = grade(s.value, t);
    if (!severity) return null;
    return {
      severity,
      value: Number(fmt(s.value, 2)),
      unit: 'correlation',
      message: `The ${s.which} photo's embedded thumbnail does not show the photo (correlation ${fmt(s.value, 2)}): it was edited after the thumbnail was made, or the metadata came from another photo.`,
    };
  },
};
