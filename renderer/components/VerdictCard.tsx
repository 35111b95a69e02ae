/** The verdict on top of the flags: score, label and summary, coloured by label. */
import type { ReactNode } from 'react';
import type { Verdict } from '../../shared/contract/report.js';

export function VerdictCard({ verdict }: { verdict: Verdict }): ReactNode {
  const tone = verdict.label === 'comparable' ? 'ok' : verdict.label === 'caution' ? 'warning' : 'critical';
  return (
    <section className={`verdict tone-${tone}`} aria-label="Verdict" data-testid="verdict">
      <div className="verdict-score" aria-label={`Score ${verdict.score} of 100`}>
        {verdict.score}
        <small>/100</small>
      </div>
      <div>
        <div className="verdict-label">{verdict.label}</div>
        <p className="verdict-summary">{verdict.summary}</p>
      </div>
    </section>
  );
}
