/** What a person can set: align by landmarks, pick the exposure reference, draw the coverage region. */
import type { ReactNode } from 'react';
import type { AnalyzeOptions } from '../lib/useAudit.js';
import type { ViewState } from '../lib/useViewState.js';

export function ToolButtons({
  s,
  options,
  onClearManual,
}: {
  s: ViewState;
  options: AnalyzeOptions;
  onClearManual(): void;
}): ReactNode {
  return (
    <section className="tools" aria-label="Corrections">
      <h2 className="panel-heading">Corrections</h2>
      <div className="control-row">
        <button type="button" onClick={() => s.setTool('landmarks')}>
          Align by landmarks…
        </button>
        <button type="button" onClick={() => s.setTool('reference')}>
          Exposure reference…
        </button>
        <button type="button" onClick={() => s.setTool('coverage')}>
          Coverage region…
        </button>
        {options.manual && (
          <button type="button" onClick={onClearManual}>
            Back to automatic alignment
          </button>
        )}
      </div>
    </section>
  );
}
