/** The verdict, where the photos were cut from (a composite), the scalp coverage, then every flag; selecting a flag shows its region on the photos and its full reasoning. */
import type { ReactNode } from 'react';
import type { AuditReport } from '../../shared/contract/report.js';
import { CompositeFacts } from './CompositeFacts.js';
import { CoverageCard } from './CoverageCard.js';
import { FlagItem } from './FlagItem.js';
import { VerdictCard } from './VerdictCard.js';

export function FlagsPanel(p: {
  report: AuditReport;
  selected: number | null;
  onSelect(i: number | null): void;
}): ReactNode {
  const { flags } = p.report;
  return (
    <section className="flags-panel" aria-label="Verdict and flags">
      <VerdictCard verdict={p.report.verdict} />
      {p.report.composite && <CompositeFacts composite={p.report.composite} />}
      <CoverageCard report={p.report} />
      <h2 className="panel-heading">
        {flags.length === 0
          ? 'No flags: nothing confounds this comparison.'
          : `${flags.length} flag${flags.length === 1 ? '' : 's'}`}
      </h2>
      <ul className="flags">
        {flags.map((f, i) => (
          <FlagItem
            key={`${f.id}-${i}`}
            flag={f}
            selected={p.selected === i}
            onSelect={() => p.onSelect(p.selected === i ? null : i)}
          />
        ))}
      </ul>
    </section>
  );
}
