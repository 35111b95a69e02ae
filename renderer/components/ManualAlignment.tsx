/**
 * Manual alignment: the person clicks 2-4 matching landmarks on each photo; the fit (fitLandmarks, the
 * same code the engine trusts) updates live, and the after photo is previewed warped onto the before by
 * a CSS matrix3d of the homography. Accept sends the matrix (full-resolution after -> before px).
 */
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { Analysis } from '../../shared/contract/api.js';
import { pt } from '../../shared/geometry/frames.js';
import { fitLandmarks } from '../../shared/analysis/register/fitLandmarks.js';
import type { LandmarkFit } from '../../shared/analysis/register/fitLandmarks.js';
import { matrix3dCss } from '../lib/homographyToMatrix3d.js';
import { beforeLayer, afterLayer } from '../lib/layers.js';
import type { AnalyzeOptions } from '../lib/useAudit.js';
import type { ImageUrls } from '../lib/useAnalysisImages.js';
import type { Viewport } from '../lib/viewport.js';
import { FIT } from '../lib/viewport.js';
import { Markers } from './Markers.js';
import { Overlay } from './Overlay.js';
import { Photo } from './Photo.js';
import { ZoomPane } from './ZoomPane.js';

const MAX_POINTS = 4;
type Pts = [number, number][];

export function ManualAlignment(p: {
  analysis: Analysis;
  urls: ImageUrls;
  onAccept(manual: NonNullable<AnalyzeOptions['manual']>): void;
  onCancel(): void;
}): ReactNode {
  const before = beforeLayer(p.analysis, p.urls);
  const after = afterLayer(p.analysis, p.urls, false, false);
  const [bPts, setB] = useState<Pts>([]);
  const [aPts, setA] = useState<Pts>([]);
  const [order, setOrder] = useState<('b' | 'a')[]>([]);
  const [opacity, setOpacity] = useState(50);
  const [vb, setVb] = useState<Viewport>(FIT);
  const [va, setVa] = useState<Viewport>(FIT);

  const n = Math.min(bPts.length, aPts.length);
  const fit = useMemo((): LandmarkFit | string | null => {
    if (n < 2) return null;
    try {
      const pairs = Array.from({ length: n }, (_, i) => ({
        before: pt<'before'>(...(bPts[i] as [number, number])),
        after: pt<'after'>(...(aPts[i] as [number, number])),
      }));
      return fitLandmarks(pairs);
    } catch (e) {
      return (e as Error).message.replace(/^fitLandmarks: /, '');
    }
  }, [n, bPts, aPts]);
  const ok = fit !== null && typeof fit !== 'string' ? fit : null;

  const add = (side: 'b' | 'a') => (x: number, y: number) => {
    const set = side === 'b' ? setB : setA;
    const list = side === 'b' ? bPts : aPts;
    if (list.length >= MAX_POINTS) return;
    set([...list, [x, y]]);
    setOrder([...order, side]);
  };
  const undo = (): void => {
    const last = order[order.length - 1];
    if (!last) return;
    (last === 'b' ? setB : setA)((l) => l.slice(0, -1));
    setOrder(order.slice(0, -1));
  };
  const reset = (): void => {
    setB([]);
    setA([]);
    setOrder([]);
  };
  const nextSide = bPts.length <= aPts.length ? 'before' : 'after';
  const status =
    typeof fit === 'string'
      ? fit
      : ok
        ? `${ok.model} from ${n} pairs, landmarks agree to ${ok.rmsError.toFixed(1)} px`
        : `Click landmark ${Math.min(bPts.length, aPts.length) + 1} on the ${nextSide} photo.`;

  return (
    <section className="tool" aria-label="Manual alignment">
      <p className="tool-help">
        Click the same 2-4 landmarks (a mole, a hair whorl, a scar) on each photo, in the same order. Two
        pairs fit rotation and scale, three an affine, four a perspective. The after photo is previewed over
        the before.
      </p>
      <div className="panes panes-2">
        <ZoomPane
          label="Before: click landmarks"
          caption="Before (with preview)"
          width={before.width}
          height={before.height}
          viewport={vb}
          onViewport={setVb}
          onPoint={add('b')}
        >
          {(scale) => (
            <>
              <Photo layer={before} />
              {ok && after.url && (
                <img
                  className="warp-preview"
                  src={after.url}
                  alt="After photo warped by your landmarks"
                  data-testid="warp-preview"
                  style={{
                    width: after.width,
                    height: after.height,
                    transform: matrix3dCss(ok.matrix),
                    opacity: opacity / 100,
                  }}
                />
              )}
              <Overlay width={before.width} height={before.height} grid={false} region={null}>
                <Markers points={bPts} scale={scale} side="before" />
              </Overlay>
            </>
          )}
        </ZoomPane>
        <ZoomPane
          label="After, as shot: click landmarks"
          caption="After (as shot)"
          width={after.width}
          height={after.height}
          viewport={va}
          onViewport={setVa}
          onPoint={add('a')}
        >
          {(scale) => (
            <>
              <Photo layer={after} />
              <Overlay width={after.width} height={after.height} grid={false} region={null}>
                <Markers points={aPts} scale={scale} side="after" />
              </Overlay>
            </>
          )}
        </ZoomPane>
      </div>
      <div className="control-row">
        <span
          role="status"
          className={typeof fit === 'string' ? 'tool-error' : 'tool-status'}
          data-testid="fit-status"
        >
          {status}
        </span>
        <label className="control">
          Preview opacity
          <input
            type="range"
            min={0}
            max={100}
            value={opacity}
            onChange={(e) => setOpacity(Number(e.target.value))}
          />
        </label>
        <button type="button" onClick={undo} disabled={order.length === 0}>
          Undo point
        </button>
        <button type="button" onClick={reset} disabled={order.length === 0}>
          Reset
        </button>
        <button type="button" onClick={p.onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!ok}
          onClick={() => ok && p.onAccept({ matrix: [...ok.matrix], model: ok.model })}
        >
          Accept and analyze
        </button>
      </div>
    </section>
  );
}
