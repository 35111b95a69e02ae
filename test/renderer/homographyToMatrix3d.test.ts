import { describe, expect, it } from 'vitest';
import { homographyToMatrix3d, matrix3dCss } from '../../renderer/lib/homographyToMatrix3d.js';

/** Applies a CSS matrix3d (column-major) to (x, y, 0, 1) and divides by w, as the compositor does. */
function applyCss(m: number[], x: number, y: number): [number, number] {
  const at = (row: number, col: number): number => m[col * 4 + row] as number;
  const v = [x, y, 0, 1];
  const out = [0, 1, 2, 3].map((r) => v.reduce((s, vi, c) => s + at(r, c) * vi, 0));
  return [(out[0] as number) / (out[3] as number), (out[1] as number) / (out[3] as number)];
}

function applyH(h: number[], x: number, y: number): [number, number] {
  const w = (h[6] as number) * x + (h[7] as number) * y + (h[8] as number);
  return [
    ((h[0] as number) * x + (h[1] as number) * y + (h[2] as number)) / w,
    ((h[3] as number) * x + (h[4] as number) * y + (h[5] as number)) / w,
  ];
}

describe('homographyToMatrix3d', () => {
  it('maps points exactly like the homography, perspective terms included', () => {
    // The sample pair's fitted matrix (after -> before), with stronger perspective added.
    const h = [0.9163, 0.1087, -15.08, -0.112, 0.9114, 153.6, 4e-5, -6e-5, 1];
    const m = homographyToMatrix3d(h);
    for (const [x, y] of [
      [0, 0],
      [1600, 0],
      [1600, 1200],
      [0, 1200],
      [812.5, 377.25],
    ] as const) {
      const [ex, ey] = applyH(h, x, y);
      const [cx, cy] = applyCss(m, x, y);
      expect(cx).toBeCloseTo(ex, 6);
      expect(cy).toBeCloseTo(ey, 6);
    }
  });

  it('is the identity for the identity and a plain translation for a translation', () => {
    expect(homographyToMatrix3d([1, 0, 0, 0, 1, 0, 0, 0, 1])).toEqual([
      1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1,
    ]);
    expect(matrix3dCss([1, 0, 5, 0, 1, -7, 0, 0, 1])).toBe('matrix3d(1,0,0,0,0,1,0,0,0,0,1,0,5,-7,0,1)');
  });

  it('refuses anything but nine finite numbers', () => {
    expect(() => homographyToMatrix3d([1, 0, 0])).toThrow(/9 finite numbers/);
    expect(() => homographyToMatrix3d([1, 0, 0, 0, 1, 0, 0, 0, NaN])).toThrow(/9 finite numbers/);
  });
});
