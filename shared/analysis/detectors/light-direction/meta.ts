import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'light.direction',
  label: 'Direction of the light',
  version: 1,
  threshold: {
    warning: 0.13,
    critical: 0.35,
    direction: 'above',
    unit: 'stops',
    origin:
      'RMS over the overlap of a smooth (quadratic in position, plus a term in the scene brightness) fit to log2 of after over before low-passed luminance, after the exposure gains. bench/hair.ts, tuning sets: --split tune (6 rendered heads, 20 real photos) and --split holdout (10 heads, 30 photos), 82 clean pairs in all: clean re-shoots read at most 0.07 stops on renders and 0.12 on real photos; renders with the light moved from 30-50 deg elevation to overhead read 0.09-0.25 (2 of 14 under 0.13); real photos relit with a 0.5-0.9 stop ramp or an overhead dome 0.17-0.49. 0.13 sits just above the clean maximum.',
  },
  why: 'Overhead light shines through thin hair onto the scalp and exaggerates thinning; light from the front hides it.',
  experimental:
    'catches 88% of held-out relit cases but fires on 17% of clean real-photo pairs (targets 90% and 5%).',
};
