import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.length',
  label: 'Hair length',
  version: 2,
  threshold: {
    warning: 22,
    critical: null,
    direction: 'above',
    unit: '%',
    origin:
      "How much longer strands run unbroken along the hair flow in one photo (along-strand minus across-strand autocorrelation of 1.6-4 px band-pass detail, integrated over 2-24 px at 640 px), read 10 px clear of the overlap's edge. bench/hair.ts on the tuning sets --split tune and --split holdout (10 rendered heads and 24 real photos each, 88 clean pairs): clean re-shoots read 1-15% on renders and 0-34% on real photos (one at 34%, the next 20%); renders grown to 1.6-2x read 25-52%, renders cut to 0.4-0.6x 2-35% (the after photo is resampled, which reads as slightly longer strands and hides part of a cut); real photos with strands interrupted every 5-8 px or smoothed 5-8 px along the flow 0-24%. 22% keeps 87 of the 88 clean pairs quiet. On --split final, which no tuning saw: 6 of 16 caught (38%), 2 of 44 clean pairs (real photos at 33% and 45%). Before the edge margin clean real photos read up to 42% and the threshold was 47%.",
  },
  why: 'Longer hair lies over more scalp and makes density look better; shorter hair after a cut exaggerates thinning.',
  experimental:
    'catches 38% of held-out haircut cases (6/16, target 90%) with 2/44 false alarms: clean re-shoots of real photos still differ by up to 45%, a cut is partly hidden by the resampled after photo, and the real-photo edits barely change strand structure.',
};
