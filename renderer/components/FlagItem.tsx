/** One flag: severity, label, message, measured against threshold, why it matters and where the threshold came from. */
import type { ReactNode } from 'react';
import type { Flag } from '../../shared/contract/report.js';
import { formatMeasured, formatThreshold } from '../lib/formatMeasure.js';

export function FlagItem({
  flag,
  selected,
  onSelect,
}: {
  flag: Flag;
  selected: boolean;
  onSelect(): void;
}): ReactNode {
  const place = flag.region ? 'Show where on the photos' : 'Applies to the whole photo';
  return (
    <li
      className={`flag severity-${flag.severity}${selected ? ' selected' : ''}`}
      data-testid={`flag-${flag.id}`}
    >
      <button
        type="button"
        className="flag-head"
        aria-pressed={selected}
        aria-describedby={`flag-msg-${flag.id}`}
        onClick={onSelect}
        title={place}
      >
        <span className={`badge badge-${flag.severity}`}>{flag.severity}</span>
        <span className="flag-label">{flag.label}</span>
        {flag.region && (
          <span className="flag-place" aria-label="has a region">
            ◎
          </span>
        )}
      </button>
      <p id={`flag-msg-${flag.id}`} className="flag-message">
        {flag.message}
      </p>
      <dl className="flag-numbers">
        <dt>Measured</dt>
        <dd data-testid="measured">{formatMeasured(flag)}</dd>
        <dt>Threshold</dt>
        <dd data-testid="threshold">{formatThreshold(flag.threshold)}</dd>
      </dl>
      {selected && (
        <div className="flag-detail">
          <p>
            <strong>Why it matters.</strong> {flag.why}
          </p>
          <p className="origin">
            <strong>Threshold origin.</strong> {flag.threshold.origin}
          </p>
          <p className="detector">Detector {flag.detector}</p>
        </div>
      )}
    </li>
  );
}
