import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.length',
  label: 'Hair length',
  version: 3,
  threshold: {
    warning: 8,
    critical: null,
    direction: 'above',
    unit: '%',
    origin:
      "How much longer dark strand lines run unbroken along the hair flow in one photo than in the other (mean run of 1.6-4 px band-pass ridges followed from every third pixel, at 640 px; the before read half a pixel off, as resampled once like the warped after), 10 px clear of the overlap's edge. bench/hair.ts --split tune and --split holdout (10 rendered heads and 24 real photos each, 88 clean pairs): clean re-shoots read 0-7.0% (renders) and 0-5.4% (real photos); 8% keeps all 88 quiet. Cases there: renders grown to 1.6-2x read 0-36% (11 of 12 at 8% or more), renders cut to 0.4-0.6x 0-24% (6 of 8; 5 of the 6 read as longer runs, short strands apart on bare skin), real photos smoothed 5-8 px along the flow 13-24% (3 of 3), real photos with strands interrupted every 5-8 px 1-7% (0 of 9: that edit changes 1-3% of the pixels by more than 8 codes, under the re-shoot's own noise). On --split final, which no tuning saw: 8 of 16 caught (renders grown 3 of 4, renders cut 2 of 6, real photos smoothed 3 of 3, real photos interrupted 0 of 3), 0 of 44 clean pairs (at most 7% on renders, 4% on real photos); version 2 caught 6 of 16 with 2 false alarms (real photos at 33% and 45%).",
  },
  why: 'Longer hair lies over more scalp and makes density look better; shorter hair after a cut exaggerates thinning.',
  experimental:
    'catches 50% of held-out haircut cases (8/16, target 90%) with 0/44 false alarms: a cut can read as longer strand runs as well as shorter (short strands apart on bare skin), dense curly hair changes little when it grows, and real-photo edits that interrupt strands change too few pixels to read.',
};
