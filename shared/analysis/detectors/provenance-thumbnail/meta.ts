import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.thumbnail',
  label: 'Thumbnail does not match',
  version: 1,
  threshold: {
    warning: 0.8,
    critical: null,
    direction: 'below',
    unit: 'correlation',
    origin:
      'Correlation of the EXIF thumbnail with the photo shrunk to its size, or a shape more than 5% apart. bench/provenance.ts, 40 real photos split by seed 1: a thumbnail written with the photo correlates 0.993-0.999; one from another photo -0.37..0.42; one from before a crop differs in shape. Held out: caught 40/40, false alarms 0/140; 0.8 leaves a wide margin on both sides.',
  },
  why: 'A camera writes the thumbnail and the photo from one capture; a thumbnail that shows something else is what an edit leaves when the software copies the old metadata.',
};
