/** The after photo over the before, revealed left of a divider the person drags or sets with a slider. */
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Photo } from './Photo.js';
import type { ViewProps } from './viewProps.js';
import { ZoomPane } from './ZoomPane.js';

export function SwipeView({ before, after, s, overlay, loupeFor }: ViewProps): ReactNode {
  const [at, setAt] = useState(50);
  const contain = after.frame !== before.frame ? ({ objectFit: 'contain' } as const) : undefined;
  return (
    <div className="view-with-controls">
      <div className="panes">
        <ZoomPane
          label={`Swipe: before on the right, ${after.label.toLowerCase()} on the left`}
          caption={`◀ ${after.label} | Before ▶`}
          width={before.width}
          height={before.height}
          viewport={s.viewport}
          onViewport={s.setViewport}
          loupe={loupeFor(before)}
        >
          <Photo layer={before} />
          <Photo layer={after} style={{ ...contain, clipPath: `inset(0 ${100 - at}% 0 0)` }} />
          <div className="swipe-divider" style={{ left: `${at}%` }} aria-hidden="true" />
          {overlay(before)}
        </ZoomPane>
      </div>
      <label className="control">
        Divider
        <input
          type="range"
          min={0}
          max={100}
          step={0.5}
          value={at}
          onChange={(e) => setAt(Number(e.target.value))}
        />
        <output>{Math.round(at)}%</output>
      </label>
    </div>
  );
}
