import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pose.rotation',
  label: 'Camera rotation',
  version: 1,
  threshold: {
    warning: 8,
    critical: null,
    direction: 'above',
    unit: 'deg',
    origin:
      'Calibration (npm run bench, seed 7, 107 real photos): simulated re-shoots with up to 2 deg of roll read at most 2.0 deg (p99); injected 12-25 deg rolls were all caught. Hand-held repeat shots wobble a few degrees, so 8 deg marks a different setup rather than noise.',
  },
  why: 'A rotated camera means a different setup: light falls on the scalp and along the hair from another side, which changes how much scalp shows.',
};
