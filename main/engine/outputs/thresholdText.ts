/**
 * A detector threshold in words.
 */
import type { Threshold } from '../../../shared/contract/report.js';
import { fmtNumber } from './fmtNumber.js';

/** e.g. "warning ≥ 5 deg · critical ≥ 10 deg", or "must match". Plain text: escape before use in HTML. */
export function thresholdText(t: Threshold): string {
  const unit = t.unit ? ` ${t.unit}` : '';
  if (t.direction === 'match') return 'must match';
  const op = t.direction === 'above' ? '≥' : '≤';
  const parts: string[] = [];
  if (t.warning !== null) parts.push(`warning ${op} ${fmtNumber(t.warning, 3)}${unit}`);
  if (t.critical !== null) parts.push(`critical ${op} ${fmtNumber(t.critical, 3)}${unit}`);
  return parts.length > 0 ? parts.join(' · ') : 'informational';
}
