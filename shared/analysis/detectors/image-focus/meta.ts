import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'image.focus',
  label: 'Focus and sharpness',
  version: 1,
  threshold: {
    warning: 65,
    critical: 35,
    direction: 'below',
    unit: '%',
    origin:
      'Fine detail of the softer photo as a share of the sharper one, both aligned to one frame and scale; clean derived pairs keep above 80% (p1, npm run bench), a 1.5 px blur on a 640 px photo drops it to about 50%.',
  },
  why: 'Blur erases single fine hairs and miniaturized hair first, so the blurrier photo shows less hair than there is.',
};
