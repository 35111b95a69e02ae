import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.errorLevel',
  label: 'Error level anomaly',
  version: 2,
  threshold: {
    warning: 12,
    critical: null,
    direction: 'above',
    unit: 'z',
    origin:
      "Robust z-score of the most anomalous 1/16-side cell of the error-level map (re-save at q90), each block's log error level taken relative to a line in log texture fitted over the photo (version 1 scored the raw error level, which texture alone raised to z 13.7 on untouched photos). bench/provenance.ts, 40 real photos split by seed 1: on the 20 tune photos, untouched and re-saved (unedited) copies reach 11.7 (a q75 photo re-saved at q90, the analysis quality), so the threshold sits above it at 12. Held out: caught 3/60 edits (a q50 patch off the grid 0/20, a soft q75 disc 0/20, an uncompressed disc in a shared q75 photo re-saved q92 3/20), false alarms 0/140 untouched and 0/60 re-saved (version 1: caught 3/60, false alarms 5/140).",
  },
  experimental:
    'Misses pasted patches: on real photos the error level of a paste differs from that of its surroundings by no more than content makes it differ elsewhere, even after texture is accounted for (3 of 60 edits caught held out, 0 of 140 false alarms; bench/provenance.ts).',
  why: 'A region whose compression error stands out from the rest of the photo often has another history: pasted in, retouched or painted over, which can change how much hair it shows.',
};
