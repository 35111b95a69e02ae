/**
 * The scalp coverage section of report.html: both photos' shares of visible scalp and their change with
 * its uncertainty, or, when the change cannot be read as a change of density, the reason in its place.
 */
import type { AuditReport, Coverage } from '../../../shared/contract/report.js';
import { escapeHtml } from './escapeHtml.js';
import { fmtNumber } from './fmtNumber.js';
import { keyValueTable } from './keyValueTable.js';

/** A share (0..1) as a percentage with one decimal. */
function pct(v: number, signed = false): string {
  const s = `${fmtNumber(v * 100, 1)} %`;
  return signed && v > 0 ? `+${s}` : s;
}

/** Words for the region measured: a drawn rectangle reads as one, anything else is the overlap. */
export function coverageRegionText(c: Coverage): string {
  const p = c.region.points;
  const xs = [...new Set(p.map((q) => Math.round(q[0])))];
  const ys = [...new Set(p.map((q) => Math.round(q[1])))];
  if (p.length === 4 && xs.length === 2 && ys.length === 2) {
    const [x0, x1] = xs.sort((a, b) => a - b) as [number, number];
    const [y0, y1] = ys.sort((a, b) => a - b) as [number, number];
    return `rectangle ${x0}, ${y0}, ${x1 - x0}, ${y1 - y0} (x, y, w, h in before px)`;
  }
  return 'the part of the before photo both photos show';
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
