import { describe, expect, it } from 'vitest';
import { cornerPoints } from '../../../../shared/analysis/provenance/cornerPoints.js';
import { gradientProducts } from '../../../../shared/analysis/provenance/structureTensor.js';

/** Round blobs (sigma 2 px) of the given heights at the given places on a flat plane. */
function blobs(w: number, h: number, spots: [number, number, number][]) {
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (const [cx, cy, a] of spots)
        data[y * w + x] = (data[y * w + x] as number) + a * Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / 8);
  return { width: w, height: h, data };
}

describe('cornerPoints', () => {
  it('finds blobs strongest first, and none within the margin', () => {
    const spots: [number, number, number][] = [
      [20, 15, 30],
      [60, 40, 90],
      [35, 45, 60],
      [3, 30, 120], // inside the 8-pixel margin: a descriptor there would reach outside
    ];
    const c = cornerPoints(gradientProducts(blobs(80, 60, spots)), 80, 60, 8, 3);
    expect([...c.xs]).toEqual([60, 35, 20]);
    expect([...c.ys]).toEqual([40, 45, 15]);
  });

  it('breaks ties in strength by pixel order', () => {
    const c = cornerPoints(
      gradientProducts(
        blobs(80, 60, [
          [50, 30, 50],
          [20, 30, 50],
          [20, 12, 50],
        ]),
      ),
      80,
      60,
      8,
      10,
    );
    expect([...c.xs]).toEqual([20, 20, 50]);
    expect([...c.ys]).toEqual([12, 30, 30]);
  });
});
