import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'meta.camera',
  label: 'Camera, lens and focal length',
  version: 1,
  threshold: {
    warning: 15,
    critical: null,
    direction: 'match',
    unit: '% focal length',
    origin:
      'Fires on a different make, model or lens, or a 35 mm-equivalent focal length that differs by 15% or more (phones switch between 1x and 2x or 0.5x cameras, steps of 50-100%).',
  },
  why: 'Another camera or lens renders hair differently (sharpening, noise reduction, perspective), so some of the change is the device.',
};
