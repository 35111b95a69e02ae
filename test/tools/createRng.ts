/**
 * A tiny seeded pseudo-random generator for the test renderers. Math.random cannot be seeded, and a
 * fixture that changes from run to run cannot carry a known truth.
 */

/** Uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * Mulberry32 seeded from one or more integers. Extra integers derive independent streams (one per
 * strand, say) so that changing how many numbers one stream draws never shifts another stream.
 */
export function createRng(seed: number, ...stream: number[]): Rng {
  let s = Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995;
  for (const k of stream)
    s = Math.imul(s ^ (k | 0), 0x85ebca6b) ^ Math.imul((k | 0) + 0x27d4eb2f, 0xc2b2ae35);
  // A few warm-up rounds so that nearby seeds do not give correlated first draws.
  let a = s >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next();
  next();
  return next;
}
