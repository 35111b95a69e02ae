import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.wet',
  label: 'Wet, oily or gelled hair',
  version: 3,
  threshold: {
    warning: 1.6,
    critical: null,
    direction: 'above',
    unit: 'x',
    origin:
      "Shinier photo over duller, the larger of two measures over the hair region 10 px clear of the overlap's edge: the share that is specular highlight (strand-scale detail above 3 times its mean, brighter than halfway from the skin level to white; shares floored at 0.5%), and the bright-tail ratio (99.5th over 0.5th percentile of the strand-scale band-pass, brightTail.ts) squared, so that one threshold sits alike for both. bench/hair.ts on the tuning sets --split tune and --split holdout (10 rendered heads and 24-30 real photos each, 94 clean pairs that aligned): clean re-shoots read at most 1.08 on renders and 1.32 on real photos (highlights alone 1.21, the tail alone 1.32); renders at wetness 0.6-1 read 1.94-3.95, all 18 that aligned, and real photos with white glints painted on strand pixels 1.93-5.68, all 14 (highlights alone caught 10 of the 14: an absolute brightness bar sits above the glints of photos with a bright floor or wall, and the after's resampling softens its highlights). 1.6 is the geometric middle of 1.32 and 1.93.",
  },
  why: 'Wet, oily or gelled hair clumps into bundles that bare more scalp, so thinning looks worse; Canfield names it the main preparation error.',
  experimental:
    "catches 88% of held-out wet cases (bench/hair.ts --split final: 14/16; one did not align, one render at low wetness read 1.4) with 1/44 false alarms (targets 90% and 5%): the bright tail read a clean re-shoot of a real photo at 1.60, above the tuning sets' 1.32. Version 2 (highlights alone) read 13/16 and 0/44 on the same pairs. Read again once registration refined its coarse levels on lighting-normalized images (issue 2): unchanged, 14/16 and 1/44 on the final split; the pair that does not align is a real photo with painted glints (registration fails at confidence 0.09 either way), while every wet render of tune and holdout but one very wet render (confidence 0.18) now aligns (tune 16/16, holdout 15/16 caught, 0/44 false alarms each).",
};
