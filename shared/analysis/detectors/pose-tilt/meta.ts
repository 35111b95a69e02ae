import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pose.tilt',
  label: 'Camera angle (perspective)',
  version: 1,
  threshold: {
    warning: 6,
    critical: 15,
    direction: 'above',
    unit: 'deg',
    origin:
      'Tilt read from the perspective terms with a 28 mm-equivalent lens when EXIF has none; clean derived pairs read under 2 deg (p99, npm run bench). Hair seen 6 deg more from the side already covers visibly more scalp.',
  },
  why: 'A different camera angle looks along the hair instead of onto the scalp: hair seen more from the side covers more scalp and looks denser.',
};
