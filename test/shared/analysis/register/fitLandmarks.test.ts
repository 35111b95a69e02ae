import { describe, expect, it } from 'vitest';
import { pt } from '../../../../shared/geometry/frames.js';
import type { Homography } from '../../../../shared/geometry/homography.js';
import { apply, homography } from '../../../../shared/geometry/homography.js';
import { fitLandmarks } from '../../../../shared/analysis/register/fitLandmarks.js';

type H = Homography<'after', 'before'>;

function pairsFrom(h: H, pts: [number, number][]) {
  return pts.map(([x, y]) => {
    const b = apply(h, pt<'after'>(x, y));
    return { after: pt<'after'>(x, y), before: pt<'before'>(b.x, b.y) };
  });
}

function expectClose(a: readonly number[], b: readonly number[], tol = 1e-6): void {
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i] as number, -Math.log10(tol)));
}

const sim = homography<'after', 'before'>([
  0.9 * Math.cos(0.2),
  -0.9 * Math.sin(0.2),
  30,
  0.9 * Math.sin(0.2),
  0.9 * Math.cos(0.2),
  -12,
  0,
  0,
  1,
]);
const aff = homography<'after', 'before'>([1.1, 0.08, -5, -0.05, 0.95, 20, 0, 0, 1]);
const hom = homography<'after', 'before'>([1.02, 0.03, 4, -0.02, 0.98, 7, 1.5e-4, -8e-5, 1]);

describe('fitLandmarks', () => {
  it('recovers a similarity exactly from two pairs', () => {
    const fit = fitLandmarks(
      pairsFrom(sim, [
        [100, 120],
        [500, 380],
      ]),
    );
    expect(fit.model).toBe('similarity');
    expectClose(fit.matrix, sim);
    expect(fit.rmsError).toBeLessThan(1e-9);
  });

  it('recovers an affine map exactly from three pairs', () => {
    const fit = fitLandmarks(
      pairsFrom(aff, [
        [10, 10],
        [600, 40],
        [300, 500],
      ]),
    );
    expect(fit.model).toBe('affine');
    expectClose(fit.matrix, aff);
  });

  it('recovers a homography exactly from four pairs', () => {
    const fit = fitLandmarks(
      pairsFrom(hom, [
        [20, 30],
        [610, 15],
        [630, 620],
        [5, 600],
      ]),
    );
    expect(fit.model).toBe('homography');
    expectClose(fit.matrix, hom, 1e-5);
    expect(fit.rmsError).toBeLessThan(1e-6);
  });

  it('fits a similarity to three pairs when asked, reporting the misfit', () => {
    const fit = fitLandmarks(
      pairsFrom(aff, [
        [10, 10],
        [600, 40],
        [300, 500],
      ]),
      'similarity',
    );
    expect(fit.model).toBe('similarity');
    expect(fit.rmsError).toBeGreaterThan(1);
    const exact = fitLandmarks(
      pairsFrom(sim, [
        [10, 10],
        [600, 40],
        [300, 500],
      ]),
      'similarity',
    );
    expectClose(exact.matrix, sim);
  });

  it('says how many pairs a model needs', () => {
    expect(() => fitLandmarks(pairsFrom(sim, [[1, 2]]))).toThrow(
      /similarity needs at least 2 landmark pairs, got 1/,
    );
    expect(() =>
      fitLandmarks(
        pairsFrom(sim, [
          [1, 2],
          [50, 60],
        ]),
        'affine',
      ),
    ).toThrow(/affine needs at least 3/);
    expect(() =>
      fitLandmarks(
        pairsFrom(sim, [
          [1, 2],
          [50, 60],
          [9, 90],
        ]),
        'homography',
      ),
    ).toThrow(/homography needs at least 4 landmark pairs, got 3/);
  });

  it('rejects coincident and collinear landmarks', () => {
    expect(() =>
      fitLandmarks(
        pairsFrom(sim, [
          [100, 100],
          [100, 100],
        ]),
      ),
    ).toThrow(/landmarks 1 and 2 coincide/);
    expect(() =>
      fitLandmarks(
        pairsFrom(aff, [
          [0, 0],
          [100, 100],
          [250, 250],
        ]),
      ),
    ).toThrow(/collinear/);
    expect(() =>
      fitLandmarks(
        pairsFrom(hom, [
          [0, 0],
          [100, 0],
          [300, 0],
          [50, 400],
        ]),
      ),
    ).toThrow(/landmarks 1, 2 and 3 are collinear/);
  });

  it('rejects non-finite coordinates', () => {
    const bad = [
      { after: pt<'after'>(0, 0), before: pt<'before'>(0, 0) },
      { after: pt<'after'>(Number.NaN, 5), before: pt<'before'>(3, 5) },
    ];
    expect(() => fitLandmarks(bad)).toThrow(/pair 2 has a non-finite coordinate/);
  });
});
