/**
 * Before and after in turn, at an adjustable rate, or the after photo only while Space is held. The rate
 * is capped at 3 changes a second, the WCAG general flash limit, and it does not start by itself when the
 * system asks for reduced motion.
 */
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { Photo } from './Photo.js';
import type { ViewProps } from './viewProps.js';
import { ZoomPane } from './ZoomPane.js';

const MAX_RATE = 3;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function FlickerView({ before, after, s, overlay, loupeFor }: ViewProps): ReactNode {
  const [playing, setPlaying] = useState(() => !prefersReducedMotion());
  const [rate, setRate] = useState(2);
  const [phase, setPhase] = useState(false);
  useEffect(() => {
    if (!playing || s.held) return;
    const t = setInterval(() => setPhase((p) => !p), 1000 / rate);
    return () => clearInterval(t);
  }, [playing, rate, s.held]);
  const showAfter = s.held || (playing && phase);
  const contain = after.frame !== before.frame ? ({ objectFit: 'contain' } as const) : undefined;
  const shown = showAfter ? after : before;
  return (
    <div className="view-with-controls">
      <div className="panes">
        <ZoomPane
          label="Flicker between before and after"
          caption={shown.label}
          width={before.width}
          height={before.height}
          viewport={s.viewport}
          onViewport={s.setViewport}
          loupe={loupeFor(before)}
        >
          <Photo layer={before} />
          <Photo layer={after} style={{ ...contain, visibility: showAfter ? 'visible' : 'hidden' }} />
          {overlay(before)}
        </ZoomPane>
      </div>
      <div className="control-row">
        <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <label className="control">
          Rate
          <input
            type="range"
            min={0.5}
            max={MAX_RATE}
            step={0.5}
            value={rate}
            onChange={(e) => setRate(Number(e.target.value))}
          />
          <output>{rate}/s</output>
        </label>
        <span className="hint">Hold Space to show the after photo.</span>
      </div>
    </div>
  );
}
