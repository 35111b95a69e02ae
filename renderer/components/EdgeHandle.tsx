/**
 * One draggable edge of a panel in the split editor: a thin visible line with a wide invisible grip, a
 * slider to assistive technology, moved by pointer drag or by the arrow keys (Shift: ten times further).
 */
import type { ReactNode } from 'react';
import type { Edge } from '../lib/editSplit.js';

export interface EdgeHandleProps {
  panel: number;
  edge: Edge;
  /** The panel's rectangle in image pixels. */
  rect: readonly [number, number, number, number];
  /** Where the edge is now (x for left/right, y for top/bottom), and its range. */
  value: number;
  max: number;
  /** Arrow-key step in image pixels. */
  step: number;
  onMove(to: number): void;
  onGrab(pointerId: number, target: Element): void;
}

export function EdgeHandle(p: EdgeHandleProps): ReactNode {
  const [x, y, w, h] = p.rect;
  const vertical = p.edge === 'left' || p.edge === 'right';
  const line = vertical
    ? { x1: p.value, x2: p.value, y1: y, y2: y + h }
    : { x1: x, x2: x + w, y1: p.value, y2: p.value };
  const keys: Record<string, number> = vertical
    ? { ArrowLeft: -1, ArrowRight: 1 }
    : { ArrowUp: -1, ArrowDown: 1 };
  return (
    <g className={`split-edge split-edge-${vertical ? 'v' : 'h'}`}>
      <line {...line} className="split-edge-line" />
      <line
        {...line}
        className="split-edge-grip"
        role="slider"
        tabIndex={0}
        aria-label={`Panel ${p.panel + 1}, ${p.edge} edge`}
        aria-orientation={vertical ? 'horizontal' : 'vertical'}
        aria-valuemin={0}
        aria-valuemax={p.max}
        aria-valuenow={Math.round(p.value)}
        data-testid={`edge-${p.panel}-${p.edge}`}
        onPointerDown={(e) => {
          e.preventDefault();
          p.onGrab(e.pointerId, e.currentTarget);
        }}
        onKeyDown={(e) => {
          const dir = keys[e.key];
          if (dir === undefined) return;
          e.preventDefault();
          p.onMove(p.value + dir * p.step * (e.shiftKey ? 10 : 1));
        }}
      />
    </g>
  );
}
