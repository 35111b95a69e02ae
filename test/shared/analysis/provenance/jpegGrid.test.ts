import { describe, expect, it } from 'vitest';
import { fileGridPhase, phaseInRegion } from '../../../../shared/analysis/provenance/fileGridPhase.js';
import { jpegGrid } from '../../../../shared/analysis/provenance/jpegGrid.js';
import type { Plane } from '../../../../shared/analysis/provenance/lumaPlane.js';
import { createRng } from '../../../tools/createRng.js';

/** Smooth noise plus a constant offset per 8x8 block on the grid at `phase`: blocking with known phase. */
function blocky(phase: [number, number] | null, w = 256, h = 192): Plane {
  const rng = createRng(7);
  const offsets = new Float32Array(64 * 64).map(() => (rng() - 0.5) * 6);
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const base = 128 + 40 * Math.sin(x / 9) * Math.cos(y / 13) + (rng() - 0.5) * 4;
      const block = phase
        ? (offsets[(((y - phase[1] + 8) >> 3) % 64) * 64 + (((x - phase[0] + 8) >> 3) % 64)] as number)
        : 0;
      data[y * w + x] = base + block;
    }
  }
  return { width: w, height: h, data };
}

describe('jpegGrid', () => {
  it('finds the phase of a block grid', () => {
    const g = jpegGrid(blocky([3, 5]));
    expect(g.offset).toEqual([3, 5]);
    expect(Math.min(...g.strength)).toBeGreaterThan(0.3);
  });

  it('finds a second grid when the file grid is excluded, and none in unblocked pixels', () => {
    expect(jpegGrid(blocky([6, 2]), [0, 0]).offset).toEqual([6, 2]);
    expect(Math.max(...jpegGrid(blocky(null)).strength)).toBeLessThan(0.1);
  });
});

describe('fileGridPhase', () => {
  it('moves the grid to the partial blocks an orientation brings to the start', () => {
    expect(fileGridPhase(1003, 605, 1)).toEqual([0, 0]);
    expect(fileGridPhase(1003, 605, 3)).toEqual([3, 5]);
    expect(fileGridPhase(1003, 605, 6)).toEqual([3, 0]);
    expect(fileGridPhase(1003, 605, 8)).toEqual([0, 5]);
    expect(phaseInRegion([0, 0], 13, 8)).toEqual([3, 0]);
  });
});
