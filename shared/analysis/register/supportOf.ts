/**
 * Feature matches that a transform maps within tolerance: independent evidence for an alignment that
 * ECC found from intensities, and where on the photo it lies.
 */
import type { Mat3, PointPairs } from './types.js';

/** `m` maps after px -> before px; `thr` is the tolerance in px; `size` the after image's, for the 4x4 cells. */
export function supportOf(
  pairs: PointPairs,
  m: Mat3,
  thr: number,
  size: { width: number; height: number },
): { count: number; spread: number } {
  const cells = new Set<number>();
  let count = 0;
  for (let i = 0; i < pairs.src.length / 2; i++) {
    const x = pairs.src[i * 2] as number;
    const y = pairs.src[i * 2 + 1] as number;
    const w = (m[6] as number) * x + (m[7] as number) * y + (m[8] as number);
    const u = ((m[0] as number) * x + (m[1] as number) * y + (m[2] as number)) / w;
    const v = ((m[3] as number) * x + (m[4] as number) * y + (m[5] as number)) / w;
    if (Math.hypot(u - (pairs.dst[i * 2] as number), v - (pairs.dst[i * 2 + 1] as number)) > thr) continue;
    count++;
    cells.add(
      Math.min(3, Math.floor((y / size.height) * 4)) * 4 + Math.min(3, Math.floor((x / size.width) * 4)),
    );
  }
  return { count, spread: cells.size / 16 };
}
