/** The after photo over the before with an adjustable opacity. */
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Photo } from './Photo.js';
import type { ViewProps } from './viewProps.js';
import { ZoomPane } from './ZoomPane.js';

export function OnionView({ before, after, s, overlay, loupeFor }: ViewProps): ReactNode {
  const [opacity, setOpacity] = useState(50);
  const contain = after.frame !== before.frame ? ({ objectFit: 'contain' } as const) : undefined;
  return (
    <div className="view-with-controls">
      <div className="panes">
        <ZoomPane
          label={`Onion skin: ${after.label.toLowerCase()} at ${opacity}% over the before photo`}
          caption={`${after.label} at ${opacity}% over Before`}
          width={before.width}
          height={before.height}
          viewport={s.viewport}
          onViewport={s.setViewport}
          loupe={loupeFor(before)}
        >
          <Photo layer={before} />
          <Photo layer={after} style={{ ...contain, opacity: opacity / 100 }} />
          {overlay(before)}
        </ZoomPane>
      </div>
      <label className="control">
        After opacity
        <input
          type="range"
          min={0}
          max={100}
          value={opacity}
          onChange={(e) => setOpacity(Number(e.target.value))}
        />
        <output>{opacity}%</output>
      </label>
    </div>
  );
}
