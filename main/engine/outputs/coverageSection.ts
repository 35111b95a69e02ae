/**
 * The scalp coverage section of report.html: both photos' shares of visible scalp and their change with
 * its uncertainty, or, when the change cannot be read as a change of density, the reason in its place.
 */
import { coverageRegionText } from '../../../shared/analysis/hair/coverageRegionText.js';
import type { AuditReport } from '../../../shared/contract/report.js';
import { escapeHtml } from './escapeHtml.js';
import { fmtNumber } from './fmtNumber.js';
import { keyValueTable } from './keyValueTable.js';

/** A share (0..1) as a percentage with one decimal. */
function pct(v: number, signed = false): string {
  const s = `${fmtNumber(v * 100, 1)} %`;
  return signed && v > 0 ? `+${s}` : s;
}

/**
 * The section as HTML. When the report has no coverage (the pair could not be aligned) it says so; when
 * the change is not comparable the change row carries the reason, never a number.
 */
export function coverageSection(report: AuditReport): string {
  const head = '<section><h2>Scalp coverage</h2>';
  const c = report.coverage;
  if (!c) {
    return `${head}<p>Not measured: coverage is read on the aligned pair, and this pair could not be aligned.</p></section>`;
  }
  const intro =
    '<p class="muted">Share of the region where scalp shows between the hairs, both photos read after alignment and exposure matching with one threshold. The uncertainty is one standard uncertainty of the change.</p>';
  if (!c.comparable) {
    // scalpCoverage reports an uncertainty of 1 (the whole range) when the region held no pixels.
    const measured = c.uncertainty < 1;
    const rows: [string, string][] = [['Region', coverageRegionText(c)]];
    if (measured) {
      rows.push(['Before (as measured)', pct(c.before)], ['After (as measured)', pct(c.after)]);
    }
    rows.push(['Change', 'not comparable: see above']);
    return `${head}${intro}<p class="failed">${escapeHtml(c.reason)}</p>${keyValueTable(rows)}</section>`;
  }
  const table = keyValueTable([
    ['Region', coverageRegionText(c)],
    ['Before', pct(c.before)],
    ['After', pct(c.after)],
    [
      'Change',
      `${pct(c.change, true)} ± ${pct(c.uncertainty)} (${c.change >= 0 ? 'more' : 'less'} scalp shows after)`,
    ],
  ]);
  return `${head}${intro}${table}<p>${escapeHtml(c.reason)}</p></section>`;
}
