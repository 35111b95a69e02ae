/**
 * Assembles summary.csv and summary.html in the --out folder at the end of a batch, both streamed and
 * written atomically. Rows come back one job at a time (from the journal), in batch order.
 */
import { join } from 'node:path';
import type { CaseRow } from './batchTypes.js';
import { caseId } from './caseId.js';
import type { ReuseWords } from './describeReuse.js';
import { openAtomic } from './openAtomic.js';
import type { AtomicFile } from './openAtomic.js';
import { SUMMARY_CSV_HEADER, summaryCsvRow } from './summaryCsv.js';
import { summaryHtmlHead, summaryHtmlRow, summaryHtmlTail } from './summaryHtml.js';

export interface SummaryText {
  title: string;
  /** A sentence of totals for the top of the page. */
  totals: string;
}

/**
 * Writes both summaries. `jobs` yields each job's rows in order; case numbers for `reuse.byCase` count
 * the rows in that same order, from 0.
 */
export async function writeSummary(
  out: string,
  jobs: AsyncIterable<CaseRow[]>,
  reuse: ReuseWords,
  text: SummaryText,
): Promise<void> {
  const files: AtomicFile[] = [];
  try {
    const csv = await openAtomic(join(out, 'summary.csv'));
    files.push(csv);
    const html = await openAtomic(join(out, 'summary.html'));
    files.push(html);
    await csv.write(SUMMARY_CSV_HEADER);
    await html.write(summaryHtmlHead(text.title, text.totals, reuse.lines));
    let n = 0;
    for await (const rows of jobs) {
      for (const row of rows) {
        const id = caseId(row, rows.length);
        const reused = reuse.byCase.get(n++) ?? [];
        await csv.write(summaryCsvRow(id, row, reused));
        await html.write(summaryHtmlRow(id, row, reused));
      }
    }
    await html.write(summaryHtmlTail());
    await csv.commit();
    files.shift();
    await html.commit();
    files.shift();
  } finally {
    for (const f of files) await f.abort();
  }
}
