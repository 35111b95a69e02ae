import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.clone',
  label: 'Cloned region',
  version: 1,
  threshold: {
    warning: 0.005,
    critical: null,
    direction: 'above',
    unit: 'share',
    origin:
      'Share of textured 16x16 blocks (320-pixel gray copy) in the strongest shift cluster. bench/provenance.ts, seed 1: untouched copies reach 0.0035 (natural look-alikes in hair and skin), a square of 1/8 of the side cloned a quarter of the side away scores 0.002-0.006; 0.005 keeps false alarms at 0 and catches few.',
  },
  experimental:
    'Catches only large, exact clones: a 1/8-side square copied on a real scalp photo stays within the range of natural look-alikes (bench/provenance.ts).',
  why: 'A patch copied from one place of a photo to another (a clone stamp) is the usual way to fill a thinning area with hair that is not there.',
};
