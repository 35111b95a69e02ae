import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.wet',
  label: 'Wet, oily or gelled hair',
  version: 1,
  threshold: {
    warning: 2.4,
    critical: null,
    direction: 'above',
    unit: 'x',
    origin:
      'Ratio of the share of the hair region that is specular highlight (strand-scale detail above 3 times its mean, brighter than halfway from the skin level to white), shinier over duller photo, shares floored at 0.5%. bench/hair.ts --split tune (6 rendered heads, 20 real photos): clean re-shoots read 1.0 on renders and 1.0-2.1 on real photos; renders at wetness 0.6-1 read 2.6-3.4; real photos with white glints painted on strand pixels 1.1-4.7. 2.4 sits between the clean maximum and the weakest wet render.',
  },
  why: 'Wet, oily or gelled hair clumps into bundles that bare more scalp, so thinning looks worse; Canfield names it the main preparation error.',
  experimental: 'catches 56% of held-out wet-hair cases (target 90%) and fires on 5% of clean pairs.',
};
