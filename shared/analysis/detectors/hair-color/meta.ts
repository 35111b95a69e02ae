import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.color',
  label: 'Hair or scalp colour',
  version: 1,
  threshold: {
    warning: 0.07,
    critical: 0.25,
    direction: 'above',
    unit: 'stops',
    origin:
      'Change of hair/scalp contrast: skin-class median over the mean of the hair region, linear light, after the exposure gains (not the tone matching). bench/hair.ts, tuning sets: --split tune (6 rendered heads, 20 real photos) and --split holdout (10 heads, 30 photos), 82 clean pairs in all: clean re-shoots read at most 0.08 stops on renders and 0.03 on real photos (the bundled sample pair, blurred 1.1 px, reads 0.04); renders with hair dyed to 40-60% or skin tinted 35-55% towards the hair colour read 0-0.32 (median 0.13); real photos with strands darkened to 30-50% or skin to 40-60% read 0.01-0.32. 0.07 sits just under the clean maximum of the renders; 0.25 is a dye job or heavy concealer.',
  },
  why: 'Darker hair or concealer fibres and sprays lower the contrast between hair and scalp, so thin areas look fuller.',
  experimental: 'catches 63% of held-out dye or concealer cases (target 90%).',
};
