import { describe, expect, it } from 'vitest';
import { checkTransform } from '../../../../shared/analysis/register/checkTransform.js';

const size = { width: 640, height: 640 };

describe('checkTransform', () => {
  it('accepts identity and a moderate re-shoot', () => {
    expect(checkTransform([1, 0, 0, 0, 1, 0, 0, 0, 1], size, size)).toBeNull();
    const a = (10 * Math.PI) / 180;
    expect(
      checkTransform(
        [1.1 * Math.cos(a), -1.1 * Math.sin(a), 20, 1.1 * Math.sin(a), 1.1 * Math.cos(a), -30, 1e-4, 5e-5, 1],
        size,
        size,
      ),
    ).toBeNull();
  });

  it('names what is implausible', () => {
    expect(checkTransform([-1, 0, 640, 0, 1, 0, 0, 0, 1], size, size)).toMatch(/mirrors/);
    expect(checkTransform([3, 0, 0, 0, 3, 0, 0, 0, 1], size, size)).toMatch(/scale change \(3\.00x\)/);
    expect(checkTransform([1.5, 0, 0, 0, 0.6, 0, 0, 0, 1], size, size)).toMatch(/shears or squashes/);
    expect(checkTransform([1, 0, 0, 0, 1, 0, 2e-3, 0, 1], size, size)).toMatch(/perspective/);
    expect(checkTransform([1, 0, 600, 0, 1, 600, 0, 0, 1], size, size)).toMatch(/overlap on only 0%/);
    expect(checkTransform([1, 0, Number.NaN, 0, 1, 0, 0, 0, 1], size, size)).toMatch(/not finite/);
  });

  it('rejects a fold even when each local measure looks fine', () => {
    // Strong projective terms with a permissive perspective limit: the far corner crosses the horizon.
    expect(
      checkTransform([1, 0, 0, 0, 1, 0, -1.2e-3, -1.2e-3, 1], size, size, { maxPerspective: 5 }),
    ).toMatch(/infinity|folded/);
  });
});
