import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'provenance.tables',
  label: 'Different JPEG encoders',
  version: 1,
  threshold: {
    warning: null,
    critical: null,
    direction: 'match',
    unit: '',
    origin:
      "Fires when both photos are JPEGs and their quantization tables differ (digest of every table), except two qualities of libjpeg's standard tables (one encoder family; without this exception it fired on 7 of 10 clean simulated re-shoots saved at q85-95 in bench/calibrate.ts --quick). sharp/libjpeg-turbo and mozjpeg at one quality differ (test/main/engine/provenance). For two panels of one file it cannot be told from the file; then it compares the earlier qualities read from each panel where the recompression score reaches the provenance.recompressed threshold, and fires (info) at 10 or more apart (IJG quality steps of neighbouring qualities agree to +-2; 10 is a margin, not a measurement).",
  },
  why: 'Photos saved by different software or settings did not come the same way from one camera: one of them was exported, re-saved or edited, and their compression differs.',
};
