import { describe, expect, it } from 'vitest';
import { hairLevelChange } from '../../../../shared/analysis/hair/hairLevelChange.js';
import { SRGB_TO_LINEAR, linearToSrgb8 } from '../../../../shared/analysis/exposure/srgb.js';
import { createRng } from '../../../tools/createRng.js';

const N = 20_000;
const SKIN = 200;
const HAIR = 45;

/** A before of scalp and strand pixels (every third a strand), with a little sensor noise. */
function scene(seed: number): Float32Array {
  const rand = createRng(seed);
  return Float32Array.from({ length: N }, (_, i) => (i % 3 === 0 ? HAIR : SKIN) + (rand() - 0.5) * 2);
}

const all = new Uint8Array(N).fill(1);
/** The code of `code`'s linear light times `k`. */
const times = (code: number, k: number) => linearToSrgb8((SRGB_TO_LINEAR[code] as number) * k);

describe('hairLevelChange', () => {
  it('reads a re-shot scene as unchanged', () => {
    const c = hairLevelChange(scene(1), scene(2), all);
    expect(Math.abs(c.scalp)).toBeLessThan(0.02);
    expect(Math.abs(c.hair)).toBeLessThan(0.05);
  });

  it('reads concealer as a darker scalp and dye as darker hair, in stops', () => {
    const b = scene(1);
    const scalpHalved = b.map((v, i) => (i % 3 === 0 ? v : times(SKIN, 0.5)));
    const c = hairLevelChange(b, scalpHalved, all);
    expect(c.scalp).toBeCloseTo(-1, 1);
    expect(Math.abs(c.hair)).toBeLessThan(0.05);
    const hairDarker = b.map((v, i) => (i % 3 === 0 ? times(HAIR, 0.4) : v));
    const d = hairLevelChange(b, hairDarker, all);
    expect(d.hair).toBeLessThan(-1);
    expect(Math.abs(d.scalp)).toBeLessThan(0.02);
  });

  it('reads new strands on a fifth of the scalp as no change of either level', () => {
    // More hairs change the pixels they land on and leave the rest: no median of a half moves.
    const b = scene(1);
    const denser = b.map((v, i) => (i % 3 !== 0 && i % 5 === 1 ? HAIR : v));
    const c = hairLevelChange(b, denser, all);
    expect(Math.abs(c.scalp)).toBeLessThan(0.02);
    expect(Math.abs(c.hair)).toBeLessThan(0.05);
  });

  it('reads only the region', () => {
    const b = scene(1);
    const region = Uint8Array.from({ length: N }, (_, i) => (i < N / 2 ? 1 : 0));
    const outsideDarker = b.map((v, i) => (i < N / 2 ? v : v / 3));
    expect(hairLevelChange(b, outsideDarker, region)).toEqual(hairLevelChange(b, b, region));
    expect(hairLevelChange(b, b, new Uint8Array(N))).toEqual({ scalp: 0, hair: 0 });
  });
});
