import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../../shared/analysis/detectors/runDetectors.js';
import { verdict } from '../../../shared/analysis/verdict.js';
import { deg } from '../../../shared/geometry/frames.js';
import { cleanPair, photo } from './detectors/cleanPair.js';

describe('verdict', () => {
  it('calls a clean pair comparable with a full score', () => {
    const v = verdict(runDetectors(cleanPair()).flags);
    expect(v).toMatchObject({ score: 100, label: 'comparable', drivers: [] });
  });

  it('counts info flags against the score but not the label', () => {
    const v = verdict(runDetectors(cleanPair({ before: photo('b.jpg', { hasMetadata: false }) })).flags);
    expect(v.label).toBe('comparable');
    expect(v.score).toBeLessThan(100);
  });

  it('asks for caution on one warning and names it', () => {
    const v = verdict(runDetectors(cleanPair({ pose: { ...cleanPair().pose!, tiltDeg: deg(9) } })).flags);
    expect(v.label).toBe('caution');
    expect(v.drivers).toEqual(['pose.tilt']);
    expect(v.summary).toContain('camera angle');
  });

  it('is not comparable on any critical flag, listing criticals first', () => {
    const m = cleanPair({ pose: { ...cleanPair().pose!, tiltDeg: deg(9) }, detailCorrelation: 0.99 });
    const v = verdict(runDetectors(m).flags);
    expect(v.label).toBe('not comparable');
    expect(v.drivers[0]).toBe('pair.duplicate');
    expect(v.score).toBeLessThanOrEqual(50);
  });

  it('is not comparable when warnings pile up', () => {
    const p = cleanPair().pose!;
    const m = cleanPair({
      pose: { ...p, tiltDeg: deg(9), rotationDeg: deg(10), scale: 1.15 },
      exposure: { ev: 0.6, redStops: 0, blueStops: 0, samples: 1000 },
    });
    expect(verdict(runDetectors(m).flags).label).toBe('not comparable');
  });
});
