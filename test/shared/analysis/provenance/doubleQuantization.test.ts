import { describe, expect, it } from 'vitest';
import type { BlockCoefficients } from '../../../../shared/analysis/provenance/blockDct.js';
import { LOW_FREQUENCIES } from '../../../../shared/analysis/provenance/coefficientHistograms.js';
import { doubleQuantization } from '../../../../shared/analysis/provenance/doubleQuantization.js';
import { estimateSteps } from '../../../../shared/analysis/provenance/estimateSteps.js';
import { ijgLumaStep } from '../../../../shared/analysis/provenance/ijgTable.js';
import { createRng } from '../../../tools/createRng.js';

const table = (q: number) => Array.from({ length: 64 }, (_, i) => ijgLumaStep(q, i));

/**
 * Low-frequency DCT coefficients as a photo has them (Laplacian, scale 25), quantized with each table
 * in turn (the decoder's reconstruction: round(c / step) * step), plus pixel rounding noise.
 */
function coefficients(qualities: number[], seed = 1, count = 4000): BlockCoefficients {
  const rng = createRng(seed);
  const data = new Float32Array(count * 64);
  const tables = qualities.map(table);
  for (let b = 0; b < count; b++) {
    for (const i of LOW_FREQUENCIES) {
      const u = rng() - 0.5;
      let c = -25 * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
      for (const t of tables) c = Math.round(c / (t[i] as number)) * (t[i] as number);
      data[b * 64 + i] = c + (rng() - 0.5) * 0.6;
    }
  }
  return { count, data };
}

describe('doubleQuantization', () => {
  it('finds the gaps of an earlier coarser quality and names it', () => {
    for (const [q1, q2] of [
      [75, 90],
      [60, 85],
      [75, 95],
    ] as const) {
      const r = doubleQuantization(coefficients([q1, q2]), table(q2));
      expect(r.score, `${q1} then ${q2}`).toBeGreaterThan(0.85);
      expect(Math.abs((r.primaryQuality ?? 0) - q1), `${q1} then ${q2}`).toBeLessThanOrEqual(3);
    }
  });

  it('scores a single compression low', () => {
    for (const q of [75, 85, 92]) {
      expect(doubleQuantization(coefficients([q]), table(q)).score, `q${q}`).toBeLessThan(0.5);
    }
  });
});

describe('estimateSteps', () => {
  it('reads the quality an earlier JPEG left in pixels without the file table', () => {
    for (const q of [50, 75, 90]) {
      const r = estimateSteps(coefficients([q], 2));
      expect(Math.abs((r.quality ?? 0) - q), `q${q}`).toBeLessThanOrEqual(4);
    }
  });

  it('reads nothing from coefficients that were never quantized', () => {
    const rng = createRng(3);
    const data = new Float32Array(4000 * 64).map(() => (rng() - 0.5) * 200);
    expect(estimateSteps({ count: 4000, data }).quality).toBeNull();
  });
});
