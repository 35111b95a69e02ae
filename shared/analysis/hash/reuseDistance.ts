/**
 * How far apart two panels are as photos: the smallest Hamming distance between any of their centred-crop
 * hashes (panelHashes), so a copy trimmed by a few percent still lines up with its original.
 */
import { hammingDistance } from './hammingDistance.js';

/** Minimum Hamming distance over every pair of hashes of `a` and `b`. */
export function reuseDistance(a: readonly string[], b: readonly string[]): number {
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, hammingDistance(x, y));
  return best;
}
