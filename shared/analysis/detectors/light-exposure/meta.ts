import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'light.exposure',
  label: 'Exposure',
  version: 1,
  threshold: {
    warning: 0.4,
    critical: 1.2,
    direction: 'above',
    unit: 'EV',
    origin:
      'Calibration (npm run bench, seed 7, 107 real photos): re-shoots within +-0.1 EV read at most 0.10 EV (p99); injected 0.6-1.5 EV changes were all caught. 0.4 EV is just over a third of a stop, the step cameras expose in; past 1.2 EV highlights on the scalp clip.',
  },
  why: 'A brighter photo makes fine hair vanish against the scalp and a darker one hides scalp: normalization corrects the average, not what clipped or drowned.',
};
