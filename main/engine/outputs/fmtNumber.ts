/**
 * Numbers as the report shows them.
 */

/** `digits` decimals with trailing zeros dropped; integers as they are; an em dash for null. */
export function fmtNumber(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined) return '—';
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  const s = v.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
