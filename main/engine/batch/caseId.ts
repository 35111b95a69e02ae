import type { CaseRow } from './batchTypes.js';

/**
 * How a case is named in the summaries: its job's 1-based place, and for a composite holding more than
 * one case, which one ("7.2"). Stable across a resume, since the folder order is.
 */
export function caseId(row: Pick<CaseRow, 'job' | 'part'>, partsInJob: number): string {
  return partsInJob > 1 ? `${row.job + 1}.${row.part + 1}` : String(row.job + 1);
}
