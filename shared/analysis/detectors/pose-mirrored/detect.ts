import type { Detector } from '../types.js';
import { meta } from './meta.js';

export const poseMirrored: Detector = {
  meta,
  detect(m) {
    if (!m.mirrored) return null;
    return {
      severity: 'warning',
      value: 'aligned flipped back',
      unit: '',
      message:
        'The after photo is a mirror image of the before (left and right swapped), as a front camera saves it or an editor flips it: it was compared flipped back, but side by side as published, the left of the scalp in one photo sits where the right is in the other.',
    };
  },
};
