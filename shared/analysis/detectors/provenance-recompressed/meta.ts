import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.recompressed',
  label: 'Saved as JPEG twice',
  version: 1,
  threshold: {
    warning: 0.7,
    critical: null,
    direction: 'above',
    unit: 'score',
    origin:
      "Double-quantization score on the file's grid (1 - count in the gaps an earlier, coarser table leaves / count in their neighbours). bench/provenance.ts, 40 real photos split by seed 1: on the 20 tune photos untouched copies (the published q75 files, sharp q75-92 and mozjpeg saves of the rescaled photo, PNG, resized-then-saved) reach at most 0.61 and q75 saved again at q90/q95 scores 0.90-0.96. Held out (20 photos): caught 44/60 (all 40 re-saves at a higher quality, 4/20 of q85 saved again at q70), false alarms 1/140 (an original at 0.70).",
  },
  experimental:
    'Catches every re-save at a higher quality than the first (40/40 held out) but few at a lower one (4/20), so it is short of the 90% target overall (44/60).',
  why: 'A photo that was decoded and saved again went through software after the camera: it may have been edited, and each save smears fine hair further.',
};
