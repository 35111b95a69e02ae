import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'meta.missing',
  label: 'Metadata stripped',
  version: 1,
  threshold: {
    warning: null,
    critical: null,
    direction: 'match',
    unit: '',
    origin: 'Fires when a photo carries no camera metadata (EXIF) at all, as in most web galleries.',
  },
  why: 'Without metadata the dates, camera, flash and editing cannot be checked, so those confounders stay unknown rather than absent.',
};
