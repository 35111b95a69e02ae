import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'image.resolution',
  label: 'Resolution on the subject',
  version: 1,
  threshold: {
    warning: 50,
    critical: 25,
    direction: 'below',
    unit: '%',
    origin:
      'Pixels on the same patch of scalp in the lower- vs the higher-resolution photo, linear. At 50% a hair 2 px wide in one photo is 1 px in the other, the point where single hairs stop being resolved.',
  },
  why: 'Fewer pixels on the scalp cannot show fine hairs, so the low-resolution photo undercounts thin hair.',
};
