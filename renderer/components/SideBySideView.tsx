/** Before and after next to each other; both panes follow one viewport, so zoom and pan stay in step. */
import type { ReactNode } from 'react';
import { Photo } from './Photo.js';
import type { ViewProps } from './viewProps.js';
import { ZoomPane } from './ZoomPane.js';

export function SideBySideView({ before, after, s, overlay, loupeFor }: ViewProps): ReactNode {
  return (
    <div className="panes panes-2">
      {[before, after].map((layer) => (
        <ZoomPane
          key={layer.label.startsWith('Before') ? 'before' : 'after'}
          label={layer.label}
          caption={layer.label}
          width={layer.width}
          height={layer.height}
          viewport={s.viewport}
          onViewport={s.setViewport}
          loupe={loupeFor(layer)}
        >
          <Photo layer={layer} />
          {overlay(layer)}
        </ZoomPane>
      ))}
    </div>
  );
}
