import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'light.color',
  label: 'Colour of the light',
  version: 1,
  threshold: {
    warning: 0.25,
    critical: 0.75,
    direction: 'above',
    unit: 'stops',
    origin:
      'Largest red/green or blue/green gain needed. Calibration (npm run bench, seed 7, 107 real photos): re-shoots read at most 0.037 stops (p99); injected 0.4-0.7 stop shifts were all caught. 0.25 stops (19%) is a plainly different light source or white balance.',
  },
  why: 'Different light colour changes the contrast between hair and scalp, most for grey, blond or red hair.',
};
