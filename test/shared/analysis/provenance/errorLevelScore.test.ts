import { describe, expect, it } from 'vitest';
import { errorLevelScore } from '../../../../shared/analysis/provenance/errorLevelScore.js';
import { thumbnailMatch } from '../../../../shared/analysis/provenance/thumbnailMatch.js';
import { trimBars } from '../../../../shared/analysis/provenance/trimBars.js';
import { createRng } from '../../../tools/createRng.js';

function map(patch: boolean) {
  const rng = createRng(5);
  const cols = 96;
  const rows = 64;
  const values = new Float32Array(cols * rows).map(() => 2 + rng());
  // A patch of 12x12 blocks (two cells) with three times the error, at block (48, 24).
  if (patch) for (let r = 24; r < 36; r++) for (let c = 48; c < 60; c++) values[r * cols + c] = 6 + rng();
  return { cols, rows, values };
}

describe('errorLevelScore', () => {
  it('scores a patch with another error level far out, and places it', () => {
    const r = errorLevelScore(map(true));
    expect(r.score).toBeGreaterThan(10);
    const [c, row, w, h] = r.region!;
    expect(c + w).toBeGreaterThan(48);
    expect(c).toBeLessThan(60);
    expect(row + h).toBeGreaterThan(24);
    expect(row).toBeLessThan(36);
  });

  it('scores uniform noise low', () => {
    expect(errorLevelScore(map(false)).score).toBeLessThan(4);
  });
});

describe('errorLevelScore against texture', () => {
  // A plain photo (texture 2) with a detailed patch (texture 12, hair) of 12x12 blocks at (48, 24); a
  // block saved once has an error level that grows with its texture.
  const cols = 96;
  const rows = 64;
  const inPatch = (i: number) => {
    const [r, c] = [Math.floor(i / cols), i % cols];
    return r >= 24 && r < 36 && c >= 48 && c < 60;
  };
  const rng = createRng(8);
  const texture = {
    cols,
    rows,
    values: new Float32Array(cols * rows).map((_, i) => (inPatch(i) ? 12 : 2) + rng()),
  };
  const errors = (pasted: (i: number) => boolean) => ({
    cols,
    rows,
    values: texture.values.map((t, i) => (pasted(i) ? 3 : 1) * 0.4 * t * (0.9 + 0.2 * rng())),
  });

  it('does not take texture for an anomaly', () => {
    const plain = errors(() => false);
    // The raw map's detailed patch stands out as a paste would; against its texture it does not.
    expect(errorLevelScore(plain).score).toBeGreaterThan(12);
    expect(errorLevelScore(plain, texture).score).toBeLessThan(6);
  });

  it('still finds a patch whose error level is not what its texture predicts', () => {
    const pasted = (i: number) => {
      const [r, c] = [Math.floor(i / cols), i % cols];
      return r >= 6 && r < 18 && c >= 12 && c < 24;
    };
    const r = errorLevelScore(errors(pasted), texture);
    expect(r.score).toBeGreaterThan(12);
    const [c, row, w, h] = r.region!;
    expect(c + w).toBeGreaterThan(12);
    expect(c).toBeLessThan(24);
    expect(row + h).toBeGreaterThan(6);
    expect(row).toBeLessThan(18);
  });
});

describe('thumbnailMatch', () => {
  const img = (f: (x: number, y: number) => number) => {
    const data = new Uint8Array(160 * 120);
    for (let y = 0; y < 120; y++) for (let x = 0; x < 160; x++) data[y * 160 + x] = f(x, y);
    return { width: 160, height: 120, data };
  };
  const a = img((x, y) => 100 + 80 * Math.sin(x / 10) * Math.cos(y / 15));
  it('matches the same picture and not another one', () => {
    expect(thumbnailMatch(a, a, 4 / 3).similarity).toBeCloseTo(1, 6);
    expect(thumbnailMatch(a, a, 4 / 3).aspectDifference).toBeCloseTo(0, 6);
    expect(
      thumbnailMatch(
        a,
        img((x, y) => 100 + 80 * Math.cos(x / 7 + y / 5)),
        4 / 3,
      ).similarity,
    ).toBeLessThan(0.5);
    expect(thumbnailMatch(a, a, 16 / 9).aspectDifference).toBeGreaterThan(0.2);
  });
});

describe('trimBars', () => {
  it('removes the black bars of a letterboxed thumbnail, and nothing from one without', () => {
    const w = 160;
    const h = 120;
    // A 16:9 picture letterboxed into 160x120: 90 rows of content, 15 black rows above and below.
    const data = new Uint8Array(w * h).map((_, i) => {
      const y = Math.floor(i / w);
      return y < 15 || y >= 105 ? 3 : 60 + ((i * 7) % 150);
    });
    const t = trimBars({ width: w, height: h, data });
    expect([t.width, t.height]).toEqual([160, 90]);
    expect(thumbnailMatch(t, t, 16 / 9).aspectDifference).toBeLessThan(0.01);
    const plain = { width: w, height: h, data: new Uint8Array(w * h).map((_, i) => 60 + ((i * 7) % 150)) };
    expect(trimBars(plain)).toBe(plain);
  });
});
