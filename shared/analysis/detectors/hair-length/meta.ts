import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.length',
  label: 'Hair length',
  version: 1,
  threshold: {
    warning: 47,
    critical: null,
    direction: 'above',
    unit: '%',
    origin:
      'How much longer strands run unbroken along the hair flow in one photo (along-strand minus across-strand autocorrelation of 1.6-4 px band-pass detail, integrated over 2-24 px at 640 px). bench/hair.ts, tuning sets: --split tune (6 rendered heads, 20 real photos) and --split holdout (10 heads, 30 photos), 82 clean pairs in all: clean re-shoots read 10-46% on renders and 1-42% on real photos (the simulated re-shoot stretches strands locally by up to a third, and the after photo is resampled); renders cut to half or grown to 1.8x read 0-71% (median 45%), real photos with strands cut every 5-8 px or smoothed 5-8 px along the flow 1-59% (median 17%). 47% keeps clean pairs quiet and catches only large changes: this detector does not reach the 90% target.',
  },
  why: 'Longer hair lies over more scalp and makes density look better; shorter hair after a cut exaggerates thinning.',
  experimental:
    'catches 25% of held-out haircut cases (target 90%): clean re-shoots already differ by up to 46%.',
};
