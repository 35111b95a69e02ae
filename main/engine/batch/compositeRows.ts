/**
 * Summary rows for the cases of one gallery composite: one per audited pair, with the panels it was cut
 * from (report.composite) and thumbnails and hashes of exactly those panels.
 */
import { relative } from 'node:path';
import type { AuditResult } from '../auditPair.js';
import type { CaseRow } from './batchTypes.js';
import { digestPanels } from './digestPhotos.js';
import { summarize } from './summarize.js';

/** `base` is the job's row (label, source as before and after); `cases` the audits in pair order. */
export async function compositeRows(
  base: CaseRow,
  cases: ReadonlyArray<{ result: AuditResult; dir: string | null }>,
  out: string | null,
): Promise<CaseRow[]> {
  const rects = cases.map(({ result }) => {
    const c = result.report.composite;
    const pair = c?.pairs[c.pair];
    const b = pair && c?.panels.find((p) => p.index === pair.before);
    const a = pair && c?.panels.find((p) => p.index === pair.after);
    return b && a ? ([b.rect, a.rect] as const) : null;
  });
  const known = rects.filter((r) => r !== null);
  // One decode of the composite for every panel; a failure leaves the rows without thumbnails only.
  const digests = await digestPanels(base.before, known).catch(() => null);
  let k = 0;
  return cases.map(({ result, dir }, part) => {
    const c = result.report.composite;
    const pair = c?.pairs[c.pair];
    const d = rects[part] && digests ? digests[k++] : undefined;
    return {
      ...base,
      part,
      label: base.label,
      panels: pair ? { before: pair.before, after: pair.after } : null,
      ...summarize(result.report),
      error: null,
      dir: dir && out ? relative(out, dir) : null,
      thumbs: d?.thumbs ?? null,
      hashes: d?.hashes ?? null,
    };
  });
}
