import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.wet',
  label: 'Wet, oily or gelled hair',
  version: 1,
  threshold: {
    warning: 2.5,
    critical: null,
    direction: 'above',
    unit: 'x',
    origin:
      'Ratio of the share of the hair region that is specular highlight (strand detail above the mean, brighter than halfway from the skin level to white), shinier over duller photo, shares floored at 0.5%. Tuning (bench/hair.ts --split tune): clean re-shoots read 1.0 on renders and 1.0-2.1 on real photos; renders at wetness 0.6-1 read 3.1-4.3; real photos with white glints painted on half the strand pixels 1.1-3.0. 2.5 sits above every clean pair.',
  },
  why: 'Wet, oily or gelled hair clumps into bundles that bare more scalp, so thinning looks worse; Canfield names it the main preparation error.',
};
