/**
 * A transform between full-size working images, restated for pyramid level l (coordinates scaled by
 * 2^-l), and back. registerPair verifies at a level; refineEcc refines level by level.
 */
import type { Mat3 } from './types.js';

/** Level-0 matrix -> the same map at pyramid level l: H_l = S H S^-1 with S = diag(s, s, 1). */
export function atLevel(m: Mat3, l: number): Mat3 {
  const s = 2 ** -l;
  return [
    m[0],
    m[1],
    (m[2] as number) * s,
    m[3],
    m[4],
    (m[5] as number) * s,
    (m[6] as number) / s,
    (m[7] as number) / s,
    m[8],
  ] as number[];
}

/** Level-l matrix -> the same map at level 0. */
export function fromLevel(m: Mat3, l: number): Mat3 {
  return atLevel(m, -l);
}
