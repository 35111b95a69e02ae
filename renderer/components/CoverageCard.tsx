/**
 * Scalp coverage under the verdict: the share of visible scalp in both photos and its change with the
 * uncertainty, or, when a hair or light flag makes the change unreadable as a change of density, the
 * reason in its place, never a number that looks like a result.
 */
import type { ReactNode } from 'react';
import { coverageRegionText } from '../../shared/analysis/hair/coverageRegionText.js';
import type { AuditReport } from '../../shared/contract/report.js';

const pct = (v: number, signed = false): string =>
  `${signed && v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(100 * v).toFixed(1)}%`;

export function CoverageCard({ report }: { report: AuditReport }): ReactNode {
  const c = report.coverage;
  const body = (() => {
    if (!c) return <p className="coverage-note">Not measured: the photos could not be aligned.</p>;
    // scalpCoverage states an uncertainty of 1 (the whole range) when the region held no pixels.
    const measured = c.uncertainty < 1;
    return (
      <>
        {measured && (
          <dl className="kv">
            <dt>Before</dt>
            <dd>{pct(c.before)}</dd>
            <dt>After</dt>
            <dd>{pct(c.after)}</dd>
            <dt>Change</dt>
            <dd data-testid="coverage-change">
              {c.comparable ? `${pct(c.change, true)} ± ${pct(c.uncertainty)}` : 'not comparable'}
            </dd>
          </dl>
        )}
        <p className={c.comparable ? 'coverage-note' : 'coverage-note coverage-not-comparable'} role="note">
          {c.comparable
            ? `${c.change >= 0 ? 'More' : 'Less'} scalp shows in the after photo; ± is one standard uncertainty.`
            : c.reason}
        </p>
        <p className="coverage-region">Region: {coverageRegionText(c)}</p>
      </>
    );
  })();
  return (
    <section className="coverage" aria-label="Scalp coverage" data-testid="coverage">
      <h2 className="panel-heading">Scalp coverage</h2>
      {body}
    </section>
  );
}
