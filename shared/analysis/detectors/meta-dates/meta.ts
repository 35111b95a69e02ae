import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'meta.dates',
  label: 'Capture dates',
  version: 1,
  threshold: {
    warning: 90,
    critical: 0,
    direction: 'below',
    unit: 'days',
    origin:
      'Hair grows about 1 cm a month and treatments are judged at 6-12 months (the anagen cycle); under 90 days little real change can show. An after photo older than the before (0 days or less) is critical.',
  },
  why: 'An after photo taken before the before photo, or only weeks later, cannot show treatment results; a short interval shows styling, not growth.',
};
