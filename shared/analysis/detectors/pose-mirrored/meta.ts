import type { DetectorMeta } from '../types.js';

export const meta: DetectorMeta = {
  id: 'pose.mirrored',
  label: 'Mirrored photo',
  version: 1,
  threshold: {
    warning: null,
    critical: null,
    direction: 'match',
    unit: '',
    origin:
      'Fires when the after photo did not align as it is and its mirror image did (registerEitherWay.ts): the mirror gets the same verification and confidence as any alignment, so there is no threshold of its own. Measured: bench/mirror.ts (107 real photos, a careful re-shoot flipped left to right): 101/107 found flipped back, within 0.5% of the diagonal (max 0.11%); bench/calibrate.ts --seed 11: 10/12 caught and 0/107 clean re-shoots flagged; bench/registration.ts with the mirror tried: 100/100 re-shoots as before and 50/50 mismatched pairs still rejected, none aligned as a mirror image; --mirror (larger camera moves): 35/40 found. Known miss, measured, not fixed: a mirrored front or top-down view can align as it is, wrongly, because a head seen from the front is nearly symmetric (bench/mirror.ts 6/107, confidence 0.34-0.76, verification band 0.21-0.38 where clean re-shoots read at least 0.92); then the mirror is not tried and this flag stays quiet.',
  },
  why: 'A mirrored after photo was taken another way (a front camera) or flipped in editing; side by side as published, the left of the scalp in one faces the right in the other, so the same area is not compared.',
};
