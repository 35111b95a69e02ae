import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'framing.overlap',
  label: 'Framing and crop',
  version: 1,
  threshold: {
    warning: 80,
    critical: 50,
    direction: 'below',
    unit: '%',
    origin:
      'Calibration (npm run bench, seed 7, 107 real photos): re-shoots keep at least 90.6% (p1); injected 30-40% shifts were all caught. Under 80% one photo leaves out a fifth of the other, under 50% most of it.',
  },
  why: 'When one photo shows less of the head, the comparison can only cover what both show, and a crop can leave out the thinnest area.',
};
