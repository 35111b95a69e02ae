/**
 * Beside the split editor: what the engine found (layout, confidence, how the order was read), the case
 * picker for a grid, and the person's choices: swap, reset, "this is one photo", compare.
 */
import type { ReactNode } from 'react';
import type { Split, SplitProposal } from '../../shared/contract/api.js';
import { compositeLine } from '../lib/compositeLine.js';

export function SplitControls(p: {
  proposal: SplitProposal;
  split: Split;
  edited: boolean;
  busy: boolean;
  onPickCase(i: number): void;
  onSwap(): void;
  onReset(): void;
  onOnePhoto(): void;
  onCompare(): void;
}): ReactNode {
  const { split } = p;
  const { rows, cols } = split.layout;
  return (
    <section className="split-controls" aria-label="Composite split">
      <h2 className="panel-heading">Composite: {p.proposal.photo.name}</h2>
      <p data-testid="split-summary">
        {split.panels.length} panels in {rows} row{rows === 1 ? '' : 's'} × {cols} column
        {cols === 1 ? '' : 's'}; layout found with confidence {split.confidence.toFixed(2)} (0 to 1: how
        clearly the separating bands showed). {p.proposal.reason}
      </p>
      <p className="split-order" data-testid="split-order">
        {compositeLine(p.proposal.photo.name, split)}.
      </p>
      {split.pairs.length > 1 && (
        <label className="split-case">
          Case{' '}
          <select
            aria-label="Case to audit"
            value={split.pair}
            onChange={(e) => p.onPickCase(Number(e.target.value))}
          >
            {split.pairs.map((c, i) => (
              <option key={i} value={i}>
                {`Case ${i + 1}: panel ${c.before + 1} → panel ${c.after + 1}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="hint">
        Drag a panel&apos;s edges to correct it, or focus an edge and use the arrow keys (Shift: faster).
      </p>
      <div className="split-buttons">
        <button type="button" onClick={p.onSwap} disabled={p.busy}>
          Swap before and after
        </button>
        <button type="button" onClick={p.onReset} disabled={p.busy || !p.edited}>
          Reset to proposal
        </button>
        <button type="button" onClick={p.onOnePhoto} disabled={p.busy}>
          This is one photo
        </button>
        <button type="button" className="primary" onClick={p.onCompare} disabled={p.busy}>
          Compare
        </button>
      </div>
    </section>
  );
}
