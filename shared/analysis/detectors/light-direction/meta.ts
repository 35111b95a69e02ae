import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'light.direction',
  label: 'Direction of the light',
  version: 2,
  threshold: {
    warning: 0.08,
    critical: 0.35,
    direction: 'above',
    unit: 'stops',
    origin:
      'RMS over the overlap of a smooth (quadratic in position, plus a term in the scene brightness) fit to log2 of after over before low-passed luminance, read over the overlap only (maskedShading), after the exposure gains. bench/hair.ts, tuning sets --split tune (10 rendered heads, 20 real photos) and --split holdout (10 heads, 30 photos), 90 clean pairs: clean re-shoots read at most 0.01 stops on renders and 0.04 on real photos (0.12 before the low-pass ignored the black around the warped after photo); renders with the light moved from 30-50 deg elevation to overhead read 0.13-0.25, real photos relit with a 0.5-0.9 stop ramp or an overhead dome 0.16-0.49. 0.08 sits 2x above the clean maximum and under 0.6x the smallest case. Held out (--split final): 14/16 caught, 0/44 false alarms (4/44 before the overlap-only low-pass).',
  },
  why: 'Overhead light shines through thin hair onto the scalp and exaggerates thinning; light from the front hides it.',
  experimental:
    'catches 88% of held-out relit cases (14/16, target 90%) with 0/44 false alarms: the 2 missed are renders that did not align under the new light (overhead light moves the highlight along every strand, the fine texture registration relies on), and without alignment nothing is measured.',
};
