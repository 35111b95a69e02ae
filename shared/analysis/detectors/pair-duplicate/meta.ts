import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pair.duplicate',
  label: 'Same photo twice',
  version: 1,
  threshold: {
    warning: null,
    critical: 0.87,
    direction: 'above',
    unit: 'correlation',
    origin:
      'Correlation of fine detail (band-pass) after alignment and exposure matching. Calibration (npm run bench, seed 7, 107 real photos): copies of one capture (re-encoded, resized, re-exposed, rotated, cropped) measure 0.90-0.98 (p1-p99), simulated separate captures (content shifted 1-3 px as hair moves, fresh sensor noise) 0.58-0.83. Simulated, not real re-shoots: real ones decorrelate more.',
  },
  why: 'A before and after made from one capture show no change by construction: any difference was added by editing.',
};
