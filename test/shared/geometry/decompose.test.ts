import { describe, expect, it } from 'vitest';
import { decompose } from '../../../shared/geometry/decompose.js';
import { homography } from '../../../shared/geometry/homography.js';
import { overlapShares } from '../../../shared/geometry/overlap.js';
import { similarityAbout, tiltHomography } from './known.js';

describe('decompose', () => {
  const size = { width: 1200, height: 900 };

  it('recovers roll and framing of a similarity', () => {
    // After photo content rotated by +7 deg and 1.1x bigger: the map after->before undoes that.
    const h = similarityAbout(size, size, -7, 1 / 1.1);
    const p = decompose(h, size, size);
    expect(p.rotationDeg).toBeCloseTo(7, 3);
    expect(p.scale).toBeCloseTo(1.1, 3);
    expect(p.tiltDeg).toBeCloseTo(0, 6);
  });

  it('does not count pixel size as framing: the same photo at half size has scale 1', () => {
    const half = { width: 600, height: 450 };
    const h = homography<'after', 'before'>([2, 0, 0, 0, 2, 0, 0, 0, 1]);
    const p = decompose(h, size, half);
    expect(p.scale).toBeCloseTo(1, 6);
    expect(p.rotationDeg).toBeCloseTo(0, 6);
    expect(p.resolutionRatio).toBeCloseTo(0.5, 6);
  });

  it('recovers a camera tilt from the perspective terms', () => {
    for (const t of [3, 8, 15]) {
      const h = tiltHomography(size, t, 28);
      expect(decompose(h, size, size, { focalLength35mm: 28 }).tiltDeg).toBeCloseTo(t, 0);
    }
  });
});

describe('overlapShares', () => {
  it('is 1 for identity and shrinks with a shift', () => {
    const size = { width: 100, height: 100 };
    expect(overlapShares(homography([1, 0, 0, 0, 1, 0, 0, 0, 1]), size, size).before).toBeCloseTo(1, 6);
    const shifted = overlapShares(homography([1, 0, 30, 0, 1, 0, 0, 0, 1]), size, size);
    expect(shifted.before).toBeCloseTo(0.7, 6);
    expect(shifted.after).toBeCloseTo(0.7, 6);
  });

  it('tells a crop apart: a zoomed-in after shows part of the before, all of itself', () => {
    const size = { width: 100, height: 100 };
    const s = overlapShares(homography([0.5, 0, 25, 0, 0.5, 25, 0, 0, 1]), size, size);
    expect(s.before).toBeCloseTo(0.25, 6);
    expect(s.after).toBeCloseTo(1, 6);
  });
});
