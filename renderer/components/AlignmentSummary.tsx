/** How the pair was aligned and exposure-matched, in numbers; a failed alignment is said loudly. */
import type { ReactNode } from 'react';
import type { AuditReport } from '../../shared/contract/report.js';

const pct = (v: number): string => `${Math.round(v * 100)}%`;

export function AlignmentSummary({ report, manual }: { report: AuditReport; manual: boolean }): ReactNode {
  const a = report.alignment;
  const e = report.exposure;
  return (
    <section className="summary" aria-label="Alignment and exposure">
      <h2 className="panel-heading">Alignment{manual ? ' (your landmarks)' : ''}</h2>
      {a.status === 'failed' ? (
        <p className="muted">Not aligned{a.reason ? `: ${a.reason}` : '.'}</p>
      ) : (
        <dl className="kv">
          <dt>Model</dt>
          <dd>{a.model}</dd>
          <dt>Rotation</dt>
          <dd>{a.rotationDeg?.toFixed(1)}°</dd>
          <dt>Scale</dt>
          <dd>{a.scale === null ? 'n/a' : `${a.scale.toFixed(3)}×`}</dd>
          <dt>Tilt</dt>
          <dd>{a.tiltDeg === null ? 'n/a' : `${a.tiltDeg.toFixed(1)}°`}</dd>
          <dt>Overlap</dt>
          <dd>{a.overlap ? `${pct(a.overlap.before)} of before` : 'n/a'}</dd>
          <dt>Confidence</dt>
          <dd>{pct(a.confidence)}</dd>
          <dt>Method</dt>
          <dd className="small">{a.method}</dd>
        </dl>
      )}
      <h2 className="panel-heading">Exposure</h2>
      <dl className="kv">
        <dt>Correction</dt>
        <dd>{e.applied ? `${e.ev > 0 ? '+' : ''}${e.ev.toFixed(2)} EV` : 'none'}</dd>
        <dt>Reference</dt>
        <dd>
          {e.reference === 'rect'
            ? 'your rectangle'
            : e.reference === 'overlap'
              ? 'the whole overlap'
              : 'none'}
        </dd>
        <dt>White balance</dt>
        <dd>{e.whiteBalance.description}</dd>
      </dl>
    </section>
  );
}
