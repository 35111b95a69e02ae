import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pair.duplicate',
  label: 'Same photo twice',
  version: 1,
  threshold: {
    warning: null,
    critical: 0.9,
    direction: 'above',
    unit: 'correlation',
    origin:
      'Correlation of fine detail (band-pass) after alignment and exposure matching. Copies of one capture (re-encoded, resized, re-exposed, cropped, rotated) measure above it; separate captures with the hair moved and new sensor noise measure below (npm run bench, flag calibration).',
  },
  why: 'A before and after made from one capture show no change by construction: any difference was added by editing.',
};
