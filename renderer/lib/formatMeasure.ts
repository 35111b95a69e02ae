import type { Flag, Threshold } from '../../shared/contract/report.js';

/**
 * "0.49 EV", "74 %" -> "74%", "n/a" for a missing value. A share (0..1) reads as a percentage, so a
 * threshold kept as a share sits beside a value measured in percent (provenance.clone) in one unit.
 */
export function formatValue(value: number | string | null, unit: string): string {
  if (value === null) return 'n/a';
  if (unit === 'share' && typeof value === 'number') return formatValue(value * 100, '%');
  const v = typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : value;
  if (!unit) return v;
  return unit === '%' ? `${v}%` : `${v} ${unit}`;
}

/** "warning at ≥ 0.4 EV, critical at ≥ 1.2 EV", or "none" when the flag has no levels. */
export function formatThreshold(t: Threshold): string {
  const op = t.direction === 'above' ? '≥' : t.direction === 'below' ? '≤' : '≠';
  const parts: string[] = [];
  if (t.warning !== null) parts.push(`warning ${op} ${formatValue(t.warning, t.unit)}`);
  if (t.critical !== null) parts.push(`critical ${op} ${formatValue(t.critical, t.unit)}`);
  return parts.length ? parts.join(', ') : 'informational';
}

/** The measured value of a flag for display. */
export function formatMeasured(f: Flag): string {
  return formatValue(f.measured.value, f.measured.unit);
}
