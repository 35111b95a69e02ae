import type { Detector } from '../types.js';
import { fmt, grade } from '../grade.js';
import { strongestPhoto } from '../../provenance/strongestPhoto.js';
import { meta } from './meta.js';

export const provenanceClone: Detector = {
  meta,
  detect(m, t) {
    const s = strongestPhoto(m, (p) => p.copyMove?.score);
    if (!s) return null;
    const severity = grade(s.value, t);
    if (!severity) return null;
    const [from, to] = s.provenance.copyMove?.regions ?? [];
    return {
      severity,
      value: Number(fmt(s.value * 100, 2)),
      unit: '%',
      message: `Part of the ${s.which} photo appears twice, shifted (a region of ${fmt(s.value * 100, 2)}% of the photo matches a copy elsewhere, detail for detail): a sign of cloning.`,
      region:
        from && to
          ? {
              frame: s.which,
              kind: 'arrow',
              points: [
                [from[0] + from[2] / 2, from[1] + from[3] / 2],
                [to[0] + to[2] / 2, to[1] + to[3] / 2],
              ],
            }
          : null,
    };
  },
};
