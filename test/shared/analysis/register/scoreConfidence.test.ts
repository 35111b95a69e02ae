import { describe, expect, it } from 'vitest';
import { scoreConfidence } from '../../../../shared/analysis/register/scoreConfidence.js';

/**
 * The verification a wrong fit reached on a relit render (bench/hair.ts --split tune, head18, before ECC
 * ran on lighting-normalized images): it correlates like a right fit of wet hair does.
 */
const WRONG_FIT = { ncc: 0.86, band: 0.31, tiles: 0.73, overlap: 0.89 };

describe('scoreConfidence', () => {
  it('rises with the texture evidence and falls to zero without it', () => {
    const low = scoreConfidence({
      verification: { ...WRONG_FIT, band: 0.1 },
      supportingMatches: 0,
      supportSpread: 0,
    });
    const mid = scoreConfidence({ verification: WRONG_FIT, supportingMatches: 0, supportSpread: 0 });
    const high = scoreConfidence({
      verification: { ...WRONG_FIT, band: 0.6, tiles: 1 },
      supportingMatches: 0,
      supportSpread: 0,
    });
    expect(low).toBe(0);
    expect(mid).toBeGreaterThan(0.5);
    expect(high).toBeGreaterThan(mid);
  });

  it('fails a strong change of camera angle that few feature matches support', () => {
    const e = { verification: WRONG_FIT, supportingMatches: 3, supportSpread: 0.125 };
    expect(scoreConfidence({ ...e, tiltDeg: 18 })).toBeLessThan(0.25);
    // The same evidence at the tilt of a careful re-shoot, or with matches across the photo, passes.
    expect(scoreConfidence({ ...e, tiltDeg: 2 })).toBeGreaterThan(0.5);
    expect(scoreConfidence({ ...e, tiltDeg: 18, supportingMatches: 60, supportSpread: 0.5 })).toBeGreaterThan(
      0.5,
    );
    expect(scoreConfidence({ ...e, tiltDeg: 18, supportingMatches: 60, supportSpread: 0.125 })).toBeLessThan(
      0.25,
    );
  });

  it('fails a result that drifted away from a well-supported feature fit', () => {
    // registerRelit.test.ts's head on the plain images: 54 of a similarity fit's 207 inliers kept.
    const e = { verification: WRONG_FIT, supportingMatches: 54, supportSpread: 0.3125, tiltDeg: 3.7 };
    expect(scoreConfidence({ ...e, fitInliers: 207 })).toBeLessThan(0.25);
    expect(scoreConfidence({ ...e, fitInliers: 100 })).toBeGreaterThan(0.5);
    // A fit from a handful of matches (wet hair) proves nothing either way.
    expect(scoreConfidence({ ...e, supportingMatches: 1, fitInliers: 12 })).toBeGreaterThan(0.5);
  });
});
