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
      'Registration noise on clean derived pairs stays under 0.5 deg (p99, npm run bench); hand-held repeat shots wobble a few degrees, so 8 deg marks a different setup rather than noise.',
  },
  why: 'A rotated camera means a different setup: light falls on the scalp and along the hair from another side, which changes how much scalp shows.',
};
