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
      'Double-quantization score on the file grid (1 - count in the gaps an earlier coarser table leaves / count in their neighbours). bench/provenance.ts, seed 1, 8 real photos: untouched copies (the published q75 files, sharp q75-92 and mozjpeg saves of the rescaled photo, PNG, resized-then-saved) reach at most 0.61 on the tune half and 0.66 held out; q75 saved again at q90/q95 score 0.90-0.96. Saving again at a lower quality (q85 then q70) scores 0.30-0.74 and is often missed.',
  },
  why: 'A photo that was decoded and saved again went through software after the camera: it may have been edited, and each save smears fine hair further.',
};
