/** Progress of the running analysis with its Cancel button; announced politely. */
import type { ReactNode } from 'react';
import type { Progress } from '../../shared/contract/api.js';

export function ProgressLine({ progress, onCancel }: { progress: Progress; onCancel(): void }): ReactNode {
  const pct = Math.round(progress.fraction * 100);
  return (
    <div className="progress-line" role="group" aria-label="Analysis progress">
      <progress max={100} value={pct} aria-label={`Analyzing: ${progress.stage}`} />
      <span aria-live="polite">
        Analyzing… {progress.stage} {pct}%
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
