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
      'Tilt is read from the perspective terms with a 28 mm-equivalent lens when EXIF has none. Calibration (npm run bench, seed 7, 107 real photos): re-shoots with up to 2 deg of tilt read at most 2.0 deg (p99); injected 10-18 deg tilts were caught 11/12 (the 12th failed to align and was flagged pair.mismatch). Hair seen 6 deg more from the side covers visibly more scalp.',
  },
  why: 'A different camera angle looks along the hair instead of onto the scalp: hair seen more from the side covers more scalp and looks denser.',
};
