/** Grades a measured number against a threshold: null (quiet), 'warning' or 'critical'. */
import type { Threshold } from '../../contract/report.js';

export function grade(value: number, t: Threshold): 'warning' | 'critical' | null {
  const beyond = (limit: number | null) =>
    limit !== null && (t.direction === 'below' ? value <= limit : value >= limit);
  if (beyond(t.critical)) return 'critical';
  if (beyond(t.warning)) return 'warning';
  return null;
}

/** Formats a number for a message: at most `digits` decimals, no trailing zeros. */
export function fmt(v: number, digits = 1): string {
  return String(Number(v.toFixed(digits)));
}
