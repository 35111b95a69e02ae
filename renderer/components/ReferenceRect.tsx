/**
 * Exposure reference: the person drags a rectangle on the before photo over something that should look
 * the same in both (skin, a card); the engine then matches exposure on that area only.
 */
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Analysis } from '../../shared/contract/api.js';
import { beforeLayer } from '../lib/layers.js';
import type { ImageUrls } from '../lib/useAnalysisImages.js';
import type { Viewport } from '../lib/viewport.js';
import { FIT } from '../lib/viewport.js';
import { Overlay } from './Overlay.js';
import { Photo } from './Photo.js';
import { ZoomPane } from './ZoomPane.js';

type Rect = [number, number, number, number];

/** Two corners to an [x, y, w, h] inside a w x h photo, in whole pixels. */
export function cornersToRect(a: [number, number], b: [number, number], w: number, h: number): Rect | null {
  const clamp = (v: number, max: number): number => Math.min(max, Math.max(0, Math.round(v)));
  const x0 = clamp(Math.min(a[0], b[0]), w);
  const y0 = clamp(Math.min(a[1], b[1]), h);
  const x1 = clamp(Math.max(a[0], b[0]), w);
  const y1 = clamp(Math.max(a[1], b[1]), h);
  return x1 - x0 >= 2 && y1 - y0 >= 2 ? [x0, y0, x1 - x0, y1 - y0] : null;
}

export function ReferenceRect(p: {
  analysis: Analysis;
  urls: ImageUrls;
  initial: Rect | null;
  onUse(r: Rect | null): void;
  onCancel(): void;
  /** The tool's name and its one line of help (the coverage region reuses this tool). @default exposure */
  title?: string;
  help?: string;
}): ReactNode {
  const before = beforeLayer(p.analysis, p.urls);
  const [rect, setRect] = useState<Rect | null>(p.initial);
  const [vp, setVp] = useState<Viewport>(FIT);
  return (
    <section className="tool" aria-label={p.title ?? 'Exposure reference rectangle'}>
      <p className="tool-help">
        {p.help ??
          'Drag a rectangle on the before photo over an area that should match in both photos (plain skin, a grey card).'}
      </p>
      <div className="panes">
        <ZoomPane
          label="Before: drag a rectangle"
          caption="Before"
          width={before.width}
          height={before.height}
          viewport={vp}
          onViewport={setVp}
          onRect={(a, b) => setRect(cornersToRect(a, b, before.width, before.height))}
        >
          <Photo layer={before} />
          <Overlay width={before.width} height={before.height} grid={false} region={null}>
            {rect && (
              <rect
                className="reference-rect"
                data-testid="reference-rect"
                x={rect[0]}
                y={rect[1]}
                width={rect[2]}
                height={rect[3]}
              />
            )}
          </Overlay>
        </ZoomPane>
      </div>
      <div className="control-row">
        <span role="status" className="tool-status">
          {rect ? `${rect[2]} × ${rect[3]} px at (${rect[0]}, ${rect[1]})` : 'No rectangle yet.'}
        </span>
        <button type="button" onClick={() => setRect(null)} disabled={!rect}>
          Clear
        </button>
        <button type="button" onClick={p.onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!rect && !p.initial}
          onClick={() => p.onUse(rect)}
        >
          {rect ? 'Use and analyze' : 'Analyze without rectangle'}
        </button>
      </div>
    </section>
  );
}
