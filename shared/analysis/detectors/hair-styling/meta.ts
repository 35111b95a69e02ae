import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'hair.styling',
  label: 'Combing and parting',
  version: 1,
  threshold: {
    warning: 17,
    critical: 30,
    direction: 'above',
    unit: 'deg',
    origin:
      'Coherence-weighted typical angle between the strand orientation fields (structure tensor) of the aligned photos, where both show strands. bench/hair.ts, tuning sets: --split tune (6 rendered heads, 20 real photos) and --split holdout (10 heads, 30 photos), 82 clean pairs in all: clean re-shoots read 8-13 deg on renders and 7-11 deg on real photos; renders with a new parting or the hair brushed 50-80 deg the other way round the whorl read 20-26 deg. 17 sits between. No real-photo case: an edit cannot re-comb a real photo.',
  },
  why: 'Hair combed or parted another way covers different scalp, so the same density shows differently.',
};
