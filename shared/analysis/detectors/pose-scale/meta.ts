import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pose.scale',
  label: 'Camera distance or zoom',
  version: 1,
  threshold: {
    warning: 10,
    critical: 25,
    direction: 'above',
    unit: '%',
    origin:
      'Framing noise on clean derived pairs stays under 1% (p99, npm run bench). 10% is about a 10 cm change at a typical 1 m shooting distance; at 25% the visible hair per area differs plainly.',
  },
  why: 'Shooting closer or zooming in magnifies the scalp: hairs look thicker and gaps larger or smaller, so density is not compared at the same scale.',
};
