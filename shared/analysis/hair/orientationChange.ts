/**
 * How much the strand direction changed between two aligned photos: the coherence-weighted mean of
 * cos 2(theta_after - theta_before) where both photos show strands, as an angle. Combing or a new
 * parting turns the strands; a re-shoot of the same hairstyle leaves them where they were.
 */
import type { HairFields } from './hairFields.js';

/** Typical angle between the two orientation fields, degrees: 0 same, 45 unrelated, 90 crossed. */
export function orientationChange(
  b: HairFields,
  a: HairFields,
  region: Uint8Array,
  minCoherence: number,
  stride = 2,
): number {
  const { width: W, height: H } = b;
  let sw = 0;
  let sc = 0;
  for (let y = 0; y < H; y += stride)
    for (let x = 0; x < W; x += stride) {
      if (!region[y * W + x]) continue;
      const i = (y >> 1) * b.tensorWidth + (x >> 1);
      const cb = b.coherence[i] as number;
      const ca = a.coherence[i] as number;
      if (cb < minCoherence || ca < minCoherence) continue;
      const w = Math.min(cb, ca);
      sw += w;
      sc += w * Math.cos(2 * ((a.theta[i] as number) - (b.theta[i] as number)));
    }
  if (sw === 0) return 0;
  return (0.5 * Math.acos(Math.max(-1, Math.min(1, sc / sw))) * 180) / Math.PI;
}
