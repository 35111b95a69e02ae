import { describe, expect, it } from 'vitest';
import { renderScalp } from './renderScalp.js';
import type { ScalpParams, ScalpRender } from './renderScalp.js';

const SMALL: ScalpParams = { width: 256, height: 256, density: 40 };

const luma = (r: ScalpRender, i: number): number =>
  0.299 * r.data[3 * i]! + 0.587 * r.data[3 * i + 1]! + 0.114 * r.data[3 * i + 2]!;

/** Indices of pixels well inside the head outline (head units radius < `within`). */
function headPixels(r: ScalpRender, within = 0.9): number[] {
  const { cx, cy, rx, ry } = r.truth.head;
  const out: number[] = [];
  for (let y = 0; y < r.height; y++)
    for (let x = 0; x < r.width; x++)
      if (Math.hypot((x - cx) / rx, (y - cy) / ry) < within) out.push(y * r.width + x);
  return out;
}

describe('renderScalp', () => {
  it('is deterministic given the seed, and the seed matters', () => {
    const a = renderScalp({ ...SMALL, seed: 5, wetness: 0.5 });
    const b = renderScalp({ ...SMALL, seed: 5, wetness: 0.5 });
    const c = renderScalp({ ...SMALL, seed: 6, wetness: 0.5 });
    expect(a.data.length).toBe(256 * 256 * 3);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(a.truth).toEqual(b.truth);
    let differing = 0;
    for (let i = 0; i < a.data.length; i++) if (a.data[i] !== c.data[i]) differing++;
    expect(differing / a.data.length).toBeGreaterThan(0.2);
  });

  it('reports the strand length it drew', () => {
    const r = renderScalp({ ...SMALL, strandLengthPx: 40, thinning: [] });
    // Lengths vary by ±25 % around the mean; strands reaching the rim stop early.
    expect(r.truth.meanStrandLengthPx).toBeGreaterThan(32);
    expect(r.truth.meanStrandLengthPx).toBeLessThanOrEqual(40.5);
    expect(r.truth.meanProjectedLengthPx).toBeLessThan(r.truth.meanStrandLengthPx);
  });

  it('covers more scalp with longer strands, in the truth and in the pixels', () => {
    const short = renderScalp({ ...SMALL, strandLengthPx: 15 });
    const long = renderScalp({ ...SMALL, strandLengthPx: 45 });
    expect(long.truth.meanStrandLengthPx).toBeGreaterThan(2 * short.truth.meanStrandLengthPx);
    expect(long.truth.scalpVisibleShare).toBeLessThan(short.truth.scalpVisibleShare - 0.15);
    expect(long.truth.meanHairCoverage).toBeGreaterThan(short.truth.meanHairCoverage + 0.15);
    // Pixels: dark hair over light skin, so the share of bright head pixels is the visible scalp.
    const bright = (r: ScalpRender): number => {
      const px = headPixels(r);
      return px.filter((i) => luma(r, i) > 110).length / px.length;
    };
    expect(bright(long)).toBeLessThan(0.75 * bright(short));
    // The truth and the pixels agree on the visible share to within a few points.
    expect(Math.abs(bright(short) - short.truth.scalpVisibleShare)).toBeLessThan(0.12);
  });

  it('leaves a strip of bare skin along the parting, even when combed across it', () => {
    const params: ScalpParams = {
      ...SMALL,
      density: 80,
      thinning: [],
      strandLengthPx: 40,
      orientation: { kind: 'combed', angleDeg: 0 },
      parting: { through: [0.1, 0], angleDeg: 90, gapPx: 6 },
    };
    for (const wetness of [0, 0.8]) {
      const r = renderScalp({ ...params, wetness });
      const none = renderScalp({ ...params, wetness, parting: null });
      const line = r.truth.partLine;
      expect(line).not.toBeNull();
      const x = line!.a[0];
      expect(line!.b[0]).toBeCloseTo(x, 6);
      // The part line ends on the head outline.
      const { cx, cy, rx, ry } = r.truth.head;
      expect(Math.hypot((x - cx) / rx, (line!.a[1] - cy) / ry)).toBeCloseTo(1, 6);
      let inGap = 0;
      let withPart = 0;
      let without = 0;
      let n = 0;
      for (let y = Math.round(cy - 0.7 * ry); y <= cy + 0.7 * ry; y++) {
        for (let dx = -2; dx <= 2; dx++) {
          const i = y * r.width + Math.round(x) + dx;
          inGap = Math.max(inGap, r.hairAlpha[i]!);
          // Redness (R - B): pink skin against brown hair whose sheen turns grey under the light.
          withPart += r.data[3 * i]! - r.data[3 * i + 2]!;
          without += none.data[3 * i]! - none.data[3 * i + 2]!;
          n++;
        }
      }
      // No strand reaches into the gap, and the strip is much pinker than the same strip unparted.
      expect(inGap).toBe(0);
      expect(withPart / n).toBeGreaterThan(without / n + 25);
    }
  });

  it('adds bright specular pixels and bares more scalp when wet', () => {
    const dry = renderScalp({ ...SMALL, thinning: [], strandLengthPx: 40 });
    const wet = renderScalp({ ...SMALL, thinning: [], strandLengthPx: 40, wetness: 0.9 });
    const highlights = (r: ScalpRender): number => {
      const px = headPixels(r);
      return px.filter((i) => luma(r, i) > 200).length / px.length;
    };
    expect(highlights(wet)).toBeGreaterThan(3 * highlights(dry) + 0.005);
    expect(wet.truth.scalpVisibleShare).toBeGreaterThan(dry.truth.scalpVisibleShare + 0.05);
    expect(wet.truth.wetness).toBe(0.9);
  });

  it('moves the brightest scalp region with the light', () => {
    const bald: ScalpParams = { ...SMALL, density: 0, skinTexture: 0 };
    const centroidOfBrightest = (r: ScalpRender): { x: number; y: number } => {
      const px = headPixels(r, 0.98).sort((i, j) => luma(r, j) - luma(r, i));
      const top = px.slice(0, Math.ceil(0.03 * px.length));
      const { cx, cy, rx, ry } = r.truth.head;
      const x = top.reduce((s, i) => s + (i % r.width), 0) / top.length;
      const y = top.reduce((s, i) => s + Math.floor(i / r.width), 0) / top.length;
      return { x: (x - cx) / rx, y: (y - cy) / ry };
    };
    const fromRight = centroidOfBrightest(
      renderScalp({ ...bald, lightAzimuthDeg: 90, lightElevationDeg: 40 }),
    );
    const fromLeft = centroidOfBrightest(
      renderScalp({ ...bald, lightAzimuthDeg: 270, lightElevationDeg: 40 }),
    );
    const fromTop = centroidOfBrightest(renderScalp({ ...bald, lightAzimuthDeg: 0, lightElevationDeg: 40 }));
    const overhead = centroidOfBrightest(renderScalp({ ...bald, lightElevationDeg: 90 }));
    expect(fromRight.x).toBeGreaterThan(0.25);
    expect(fromLeft.x).toBeLessThan(-0.25);
    expect(fromTop.y).toBeLessThan(-0.25);
    expect(Math.hypot(overhead.x, overhead.y)).toBeLessThan(0.1);
  });

  it('scales linear light by the exposure', () => {
    const a = renderScalp({ ...SMALL, exposureEv: 0 });
    const b = renderScalp({ ...SMALL, exposureEv: -1 });
    // Mid-grey sRGB 118 is linear 0.18; half of it encodes to about 86.
    const px = headPixels(a).filter((i) => Math.abs(a.data[3 * i + 1]! - 118) <= 1);
    expect(px.length).toBeGreaterThan(50);
    const mean = px.reduce((s, i) => s + b.data[3 * i + 1]!, 0) / px.length;
    expect(mean).toBeGreaterThan(84);
    expect(mean).toBeLessThan(88.5);
  });

  it('rejects parameters it cannot render', () => {
    expect(() => renderScalp({ width: 0 })).toThrow(/width/);
    expect(() => renderScalp({ wetness: 2 })).toThrow(/wetness in 0\.\.1, got 2/);
  });
});
