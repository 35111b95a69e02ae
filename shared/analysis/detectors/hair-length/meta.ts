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
      "How much longer dark strand lines run unbroken along the hair flow in one photo than in the other (mean run of 1.6-4 px band-pass ridges followed from every third pixel, at 640 px; the before read half a pixel off, as resampled once like the warped after), 10 px clear of the overlap's edge. bench/hair.ts --split tune and --split holdout (10 rendered heads and 24 real photos each, 88 clean pairs): clean re-shoots read 0-7.0% (renders) and 0-5.4% (real photos); 8% keeps all 88 quiet. Cases there: renders grown to 1.6-2x read 0-36% (11 of 12 at 8% or more), renders cut to 0.4-0.6x 0-24% (6 of 8; 5 of the 6 read as longer runs, short strands apart on bare skin), real photos smoothed 5-8 px along the flow 13-24% (3 of 3), real photos with a haircut (pieces 10-16 px long cut out of the strands along the flow, about half their length, filled with the background around them: bench/lib/hairCut.ts) 2-41% (8 of 9, all as shorter runs); tune 15 of 16 caught, holdout 13 of 16. On --split final, which no tuning saw: 10 of 16 caught (renders grown 3 of 4, renders cut 2 of 6, real photos smoothed 3 of 3, real photos cut 2 of 3), 0 of 44 clean pairs (at most 7% on renders, 4% on real photos). With the earlier real-photo edit (a thin gap every 5-8 px, 1-3% of the pixels changed by more than 8 codes) the same measure caught 8 of 16 there (real photos interrupted 0 of 3). bench/hairDensity.ts: renders with 10-25% more or 10-20% fewer strands and nothing else changed read 0-22%, 20 of 60 at 8% or more (tune, holdout and final together).",
  },
  why: 'Longer hair lies over more scalp and makes density look better; shorter hair after a cut exaggerates thinning.',
  experimental:
    "catches 63% of held-out haircut cases (10/16 on bench/hair.ts --split final, target 90%) with 0/44 false alarms on clean re-shoots, and fires on a third of pairs where only the hair's density changed by 10-25% (20/60, bench/hairDensity.ts): strand runs grow with the amount of hair on the scalp whether the strands got longer or more numerous, so it cannot tell a haircut from the thinning or regrowth the pair is meant to measure. A cut can also read as longer runs (short strands apart on bare skin). Telling them apart needs strand ends counted per hair (tips are not resolved at 640 px) and real haircut pairs to check it on.",
};
