import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pair.mismatch',
  label: 'Different scene',
  version: 1,
  threshold: {
    warning: 0.5,
    critical: null,
    direction: 'below',
    unit: 'correlation',
    origin:
      'Critical whenever no trustworthy alignment exists. When aligned: correlation of coarse structure (low-pass) over the overlap. Calibration (npm run bench, seed 7, 107 real photos): re-shoots measure at least 0.99 (p1), all 12 different-photo pairs failed to align; below 0.5 the aligned photos disagree on most of the scene.',
  },
  why: 'Photos that do not show the same area of the same head, from a comparable view, cannot be compared at all.',
};
