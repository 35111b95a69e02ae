/** The engine's difference heat map of the aligned pair, in the before frame. */
import type { ReactNode } from 'react';
import { Photo } from './Photo.js';
import type { ViewProps } from './viewProps.js';
import { ZoomPane } from './ZoomPane.js';

export function DifferenceView({ before, difference, s, overlay, loupeFor }: ViewProps): ReactNode {
  if (!difference) {
    return <p className="empty">No difference map: the photos could not be aligned.</p>;
  }
  return (
    <div className="view-with-controls">
      <div className="panes">
        <ZoomPane
          label="Difference heat map of the aligned pair"
          caption="Difference (aligned, exposure matched)"
          width={before.width}
          height={before.height}
          viewport={s.viewport}
          onViewport={s.setViewport}
          loupe={loupeFor(difference)}
        >
          <Photo layer={difference} />
          {overlay(before)}
        </ZoomPane>
      </div>
      <div className="control-row">
        <span className="legend" aria-hidden="true" />
        <span className="hint">Dark: the same after alignment and exposure matching. Bright: changed.</span>
      </div>
    </div>
  );
}
