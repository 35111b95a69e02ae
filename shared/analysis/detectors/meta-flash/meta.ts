import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'meta.flash',
  label: 'Flash',
  version: 1,
  threshold: {
    warning: null,
    critical: null,
    direction: 'match',
    unit: '',
    origin:
      'Read from the EXIF Flash tag (bit 0: fired). Fires when one photo used flash and the other did not.',
  },
  why: 'Flash lights the scalp head-on and makes it shine through thin hair, which exaggerates thinning compared with ambient light.',
};
