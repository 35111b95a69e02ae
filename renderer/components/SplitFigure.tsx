/**
 * The composite with its proposed split drawn over it: each panel outlined and numbered, the case being
 * audited marked before and after, the other panels dimmed. Every panel edge can be dragged.
 */
import type { ReactNode } from 'react';
import { useRef } from 'react';
import type { Split } from '../../shared/contract/api.js';
import { clientToImage } from '../lib/clientToImage.js';
import type { Edge } from '../lib/editSplit.js';
import { moveEdge } from '../lib/editSplit.js';
import { EdgeHandle } from './EdgeHandle.js';

const EDGES: readonly Edge[] = ['left', 'right', 'top', 'bottom'];

export function SplitFigure({
  url,
  name,
  size,
  split,
  onChange,
}: {
  url: string | null;
  name: string;
  size: { width: number; height: number };
  split: Split;
  onChange(split: Split): void;
}): ReactNode {
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ panel: number; edge: Edge } | null>(null);
  const { width: W, height: H } = size;
  const pair = split.pairs[split.pair];
  // Label size in image pixels: about 4.5% of the short side reads at 14-20 px on screen at fit.
  const font = Math.max(10, Math.round(Math.min(W, H) * 0.045));
  const step = Math.max(1, Math.round(Math.max(W, H) / 400));

  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>): void => {
    const d = drag.current;
    if (!d || !svg.current) return;
    const at = clientToImage({ x: e.clientX, y: e.clientY }, svg.current.getBoundingClientRect(), size);
    onChange(moveEdge(split, d.panel, d.edge, d.edge === 'left' || d.edge === 'right' ? at.x : at.y, size));
  };
  const release = (): void => {
    drag.current = null;
  };

  return (
    <svg
      ref={svg}
      className="split-figure"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label={`${name} with its proposed panels`}
      data-testid="split-figure"
      onPointerMove={onPointerMove}
      onPointerUp={release}
      onPointerCancel={release}
    >
      {url ? (
        <image href={url} x={0} y={0} width={W} height={H} />
      ) : (
        <rect x={0} y={0} width={W} height={H} className="split-loading" />
      )}
      {split.panels.map((panel, i) => {
        const [x, y, w, h] = panel.rect;
        const role = pair?.before === i ? 'before' : pair?.after === i ? 'after' : 'other';
        const tag = role === 'other' ? `${i + 1}` : `${i + 1} ${role === 'before' ? 'Before' : 'After'}`;
        return (
          <g key={i} className={`split-panel role-${role}`} data-testid={`panel-${i}`} data-role={role}>
            <rect x={x} y={y} width={w} height={h} className="split-outline" />
            <rect
              x={x}
              y={y}
              width={font * (0.9 + 0.62 * tag.length)}
              height={font * 1.5}
              className="split-tag-bg"
            />
            <text x={x + font * 0.45} y={y + font * 1.1} fontSize={font} className="split-tag">
              {tag}
            </text>
            {EDGES.map((edge) => (
              <EdgeHandle
                key={edge}
                panel={i}
                edge={edge}
                rect={panel.rect}
                value={edge === 'left' ? x : edge === 'right' ? x + w : edge === 'top' ? y : y + h}
                max={edge === 'left' || edge === 'right' ? W : H}
                step={step}
                onMove={(to) => onChange(moveEdge(split, i, edge, to, size))}
                onGrab={(pointerId) => {
                  drag.current = { panel: i, edge };
                  svg.current?.setPointerCapture?.(pointerId);
                }}
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
