/** View tabs (keys 1-5) and the display toggles. */
import type { ReactNode } from 'react';
import { FIT, zoomAbout } from '../lib/viewport.js';
import type { ViewState } from '../lib/useViewState.js';
import { VIEWS } from '../lib/views.js';

export function ViewToolbar({
  s,
  canAlign,
  canNormalize,
}: {
  s: ViewState;
  canAlign: boolean;
  canNormalize: boolean;
}): ReactNode {
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <div className="tabs" role="tablist" aria-label="Compare view">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            aria-selected={s.view === v.id}
            aria-keyshortcuts={v.key}
            title={`${v.label} (${v.key})`}
            onClick={() => s.setView(v.id)}
          >
            {v.label}
            <kbd>{v.key}</kbd>
          </button>
        ))}
      </div>
      <div className="toggles">
        <Toggle
          label="Aligned"
          shortcut="A"
          on={s.aligned && canAlign}
          disabled={!canAlign}
          set={s.setAligned}
        />
        <Toggle
          label="Normalized"
          shortcut="N"
          on={s.normalized && canNormalize}
          disabled={!canNormalize}
          set={s.setNormalized}
        />
        <Toggle label="Grid" shortcut="G" on={s.grid} set={s.setGrid} />
        <Toggle label="Loupe 1:1" shortcut="L" on={s.loupe} set={s.setLoupe} />
        <span className="zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            aria-label="Zoom out"
            aria-keyshortcuts="-"
            onClick={() => s.setViewport((v) => zoomAbout(v, 0.8))}
          >
            −
          </button>
          <button
            type="button"
            aria-label={`Zoom ${Math.round(s.viewport.zoom * 100)}% of fit: reset to fit`}
            aria-keyshortcuts="0"
            onClick={() => s.setViewport(FIT)}
          >
            {Math.round(s.viewport.zoom * 100)}%
          </button>
          <button
            type="button"
            aria-label="Zoom in"
            aria-keyshortcuts="+"
            onClick={() => s.setViewport((v) => zoomAbout(v, 1.25))}
          >
            +
          </button>
        </span>
      </div>
    </div>
  );
}

function Toggle(p: {
  label: string;
  shortcut: string;
  on: boolean;
  disabled?: boolean;
  set(v: boolean): void;
}): ReactNode {
  return (
    <label className="toggle" title={`${p.label} (${p.shortcut})`}>
      <input
        type="checkbox"
        checked={p.on}
        disabled={p.disabled}
        onChange={(e) => p.set(e.target.checked)}
        aria-keyshortcuts={p.shortcut}
      />
      {p.label}
    </label>
  );
}
