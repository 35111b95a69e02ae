import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'image.compression',
  label: 'JPEG compression',
  version: 1,
  threshold: {
    warning: 60,
    critical: 35,
    direction: 'below',
    unit: 'quality',
    origin:
      'JPEG quality estimated from the quantization tables (IJG scale, +-2 on sharp encodes, test/main/engine/input). Phones save at 85-95 and web galleries at 70-85; below 60 the 8x8 blocks smear fine hair.',
  },
  why: 'Heavy JPEG compression smooths fine hair into the scalp and adds block edges, so the more compressed photo shows less hair detail.',
};
