import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.wet',
  label: 'Wet, oily or gelled hair',
  version: 2,
  threshold: {
    warning: 1.5,
    critical: null,
    direction: 'above',
    unit: 'x',
    origin:
      "Ratio of the share of the hair region (10 px clear of the overlap's edge) that is specular highlight (strand-scale detail above 3 times its mean, brighter than halfway from the skin level to white), shinier over duller photo, shares floored at 0.5%. bench/hair.ts on the tuning sets --split tune and --split holdout (10 rendered heads and 24 real photos each, 88 clean pairs): clean re-shoots read 1.0 on renders and 1.0-1.21 on real photos; renders at wetness 0.6-1 read 1.9-4.0 and real photos with white glints painted on strand pixels 1.0-4.7, 27 of the 30 that aligned at 1.5 or more. 1.5 sits a quarter above the clean maximum. On --split final, which no tuning saw: 13 of 16 caught (81%), 0 of 44 clean pairs. Before the edge margin, clean real photos read up to 2.1 (the after's black surround rang into the band-pass) and the threshold was 2.4.",
  },
  why: 'Wet, oily or gelled hair clumps into bundles that bare more scalp, so thinning looks worse; Canfield names it the main preparation error.',
  experimental:
    'catches 81% of held-out wet-hair cases (13/16, target 90%; no false alarm on 44 clean pairs): a render at wetness 0.6, a photo whose bright class is mostly a white floor, which puts the highlight bar (gray 215) above most of its glints (median 207), and one pair that did not align.',
};
