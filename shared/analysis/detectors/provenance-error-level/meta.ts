import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.errorLevel',
  label: 'Error level anomaly',
  version: 1,
  threshold: {
    warning: 10,
    critical: null,
    direction: 'above',
    unit: 'z',
    origin:
      'Robust z-score of the most anomalous 1/16-side cell of the error-level map (re-save at q90). bench/provenance.ts, seed 1: untouched copies reach 5.6 on the tune half, so the threshold sits above it; a quarter-side patch pasted from a q50 photo scores 1.9-4.4, inside the untouched range, so this check catches none of those cases.',
  },
  experimental:
    'Misses pasted patches: on real photos saved once, the error level varies with texture as much as a pasted q50 patch changes it (0 of 8 caught in bench/provenance.ts).',
  why: 'A region whose compression error stands out from the rest of the photo often has another history: pasted in, retouched or painted over, which can change how much hair it shows.',
};
