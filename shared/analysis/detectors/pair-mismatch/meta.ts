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
      'Critical whenever no trustworthy alignment exists. When aligned, the correlation of coarse structure (low-pass) over the overlap: derived pairs measure above 0.9; below 0.5 the aligned photos disagree on most of the scene (npm run bench).',
  },
  why: 'Photos that do not show the same area of the same head, from a comparable view, cannot be compared at all.',
};
