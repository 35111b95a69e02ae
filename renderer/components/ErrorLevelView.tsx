/**
 * Error level analysis: each photo's heat map of how much its 8x8 blocks change when saved again as JPEG,
 * side by side in each photo's own frame (as shot), zoom and pan in step. The legend says what a bright
 * area can mean and what it does not prove.
 */
import type { ReactNode } from 'react';
import type { Layer } from '../lib/layers.js';
import { Photo } from './Photo.js';
import type { ViewProps } from './viewProps.js';
import { ZoomPane } from './ZoomPane.js';

export function ErrorLevelView({ errorLevel, s, overlay }: ViewProps): ReactNode {
  const maps = [errorLevel.before, errorLevel.after].filter((l): l is Layer => l !== null);
  if (maps.length === 0) {
    return (
      <p className="empty" data-testid="error-level-none">
        No error-level maps for this pair: they are made for photos saved as JPEG, and none was made for
        these.
      </p>
    );
  }
  return (
    <div className="view-with-controls" data-testid="error-level-view">
      <div className={`panes panes-${maps.length}`}>
        {maps.map((layer) => (
          <ZoomPane
            key={layer.frame}
            label={layer.label}
            caption={layer.label}
            width={layer.width}
            height={layer.height}
            viewport={s.viewport}
            onViewport={s.setViewport}
          >
            <Photo layer={layer} />
            {overlay(layer)}
          </ZoomPane>
        ))}
      </div>
      <div className="control-row">
        <span className="legend" aria-hidden="true" />
        <span className="hint" data-testid="error-level-legend">
          Bright: blocks that change more when saved again as JPEG, as a region pasted or retouched after the
          last save can. It proves nothing alone: edges, fine hair and noise are bright too.
        </span>
      </div>
    </div>
  );
}
