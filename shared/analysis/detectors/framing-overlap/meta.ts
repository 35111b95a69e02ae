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
      'Clean derived pairs keep at least 90% (registration shifts of a few percent); under 80% one photo leaves out a fifth of the other, under 50% most of it.',
  },
  why: 'When one photo shows less of the head, the comparison can only cover what both show, and a crop can leave out the thinnest area.',
};
