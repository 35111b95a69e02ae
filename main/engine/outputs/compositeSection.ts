/** report.html's composite section: where the two photos were cut from and how the order was decided. */
import type { AuditReport } from '../../../shared/contract/report.js';
import { fmtNumber } from './fmtNumber.js';
import { keyValueTable } from './keyValueTable.js';

/** The section, or '' when the photos were two files. */
export function compositeSection(report: AuditReport): string {
  const c = report.composite;
  if (!c) return '';
  const pair = c.pairs[c.pair];
  const rect = (i: number | undefined) => {
    const p = i === undefined ? undefined : c.panels[i];
    return p ? `panel ${p.index + 1}: x ${p.rect[0]}, y ${p.rect[1]}, ${p.rect[2]} x ${p.rect[3]} px` : '?';
  };
  const rows: [string, string][] = [
    ['Composite', `${c.source.name} (${c.source.width} x ${c.source.height} px, sha256 ${c.source.sha256})`],
    [
      'Layout',
      `${c.layout.cols} x ${c.layout.rows} panels, ${c.pairs.length} case${c.pairs.length === 1 ? '' : 's'}`,
    ],
    ['This case', `${c.pair + 1} of ${c.pairs.length}`],
    ['Before', rect(pair?.before)],
    ['After', rect(pair?.after)],
    ['Order decided by', `${c.order.from}: ${c.order.note}`],
    ['Split confidence', fmtNumber(c.confidence, 2)],
  ];
  return (
    `<section><h2>Composite</h2><p class="muted">Both photos were cut from one gallery image; its ` +
    `metadata, not the photos', is what the metadata flags read.</p>${keyValueTable(rows)}</section>`
  );
}
