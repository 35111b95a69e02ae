import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.color',
  label: 'Hair or scalp colour',
  version: 2,
  threshold: {
    warning: 0.06,
    critical: 0.3,
    direction: 'above',
    unit: 'stops',
    origin:
      'Change of the hair/scalp contrast in log light over the hair region of a copy blurred 1.6 px at 640 px (scalp-class median over the hair-class median, or over the geometric mean of the region, whichever changed more), after the exposure gains (not the tone matching). bench/hair.ts, tuning sets --split tune (10 rendered heads, 20 real photos) and --split holdout (10 heads, 30 photos), 90 clean pairs: clean re-shoots read at most 0.04 stops on both (0.08 with the linear-light measure before). Renders with hair dyed to 40-60% or skin tinted 35-55% towards the hair colour read 0.08-1.2 but for one tint of grey hair on brown skin that hardly changes the image (0.01); real photos with strands darkened to 30-50% or skin to 40-60% read 0.07-1.1 but for a concealer edit of a bald head, which has no hair region to edit (0.02). 0.06 sits 1.5x above the clean maximum; 0.3 is a dye job or heavy concealer. Other hair changes move this contrast too (length, wetness, parting, light: 0.05 or more on 85 of 113 such cases), so the flag can fire with them. Held out (--split final: 10 heads, 24 photos, never tuned on): 15/16 caught (the miss: a concealer edit of a bald crown, 0.03), 0/44 false alarms.',
  },
  why: 'Darker hair or concealer fibres and sprays lower the contrast between hair and scalp, so thin areas look fuller.',
};
