import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'meta.edited',
  label: 'Editing software',
  version: 1,
  threshold: {
    warning: null,
    critical: null,
    direction: 'match',
    unit: '',
    origin:
      'Fires when the EXIF Software tag names a known photo editor (list in detect.ts); camera firmware and phone OS versions are not edits.',
  },
  why: 'A photo that went through an editor may have had exposure, contrast, retouching or cloning applied, and the metadata is the only trace left.',
};
