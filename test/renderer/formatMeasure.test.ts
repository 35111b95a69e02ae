import { describe, expect, it } from 'vitest';
import { formatThreshold, formatValue } from '../../renderer/lib/formatMeasure.js';

describe('formatValue', () => {
  it('reads a share as a percentage, so it matches values measured in percent', () => {
    expect(formatValue(0.005, 'share')).toBe('0.5%');
    expect(formatValue(1.1, '%')).toBe('1.1%');
    expect(
      formatThreshold({ warning: 0.005, critical: null, direction: 'above', unit: 'share', origin: '' }),
    ).toBe('warning ≥ 0.5%');
  });

  it('keeps other units, and says n/a for nothing measured', () => {
    expect(formatValue(3.14159, 'z')).toBe('3.142 z');
    expect(formatValue(null, 'share')).toBe('n/a');
    expect(formatValue('before, after', '')).toBe('before, after');
  });
});
