import type { AuditReport } from '../../../shared/contract/report.js';
import type { CaseRow } from './batchTypes.js';

/** The verdict and the flags that are more than informative. */
export function summarize(report: AuditReport): Pick<CaseRow, 'verdict' | 'flags'> {
  return {
    verdict: { label: report.verdict.label, score: report.verdict.score },
    flags: report.flags.filter((f) => f.severity !== 'info').map((f) => `${f.id}:${f.severity}`),
  };
}
