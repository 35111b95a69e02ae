/**
 * Drawn over a photo in its own full-resolution pixels (the viewBox does the scaling to display size):
 * the grid and the selected flag's region.
 */
import type { ReactNode } from 'react';

export interface OverlayProps {
  width: number;
  height: number;
  grid: boolean;
  region: { kind: 'polygon' | 'rect' | 'arrow'; points: [number, number][]; label: string } | null;
  children?: ReactNode;
}

const GRID_DIVISIONS = 8;

export function Overlay(p: OverlayProps): ReactNode {
  const lines: ReactNode[] = [];
  if (p.grid) {
    for (let i = 1; i < GRID_DIVISIONS; i++) {
      const x = (p.width * i) / GRID_DIVISIONS;
      const y = (p.height * i) / GRID_DIVISIONS;
      lines.push(<line key={`x${i}`} x1={x} y1={0} x2={x} y2={p.height} />);
      lines.push(<line key={`y${i}`} x1={0} y1={y} x2={p.width} y2={y} />);
    }
  }
  return (
    <svg
      className="overlay"
      viewBox={`0 0 ${p.width} ${p.height}`}
      preserveAspectRatio="none"
      aria-hidden={!p.region}
    >
      {p.grid && <g className="grid">{lines}</g>}
      {p.region && <RegionShape {...p.region} />}
      {p.children}
    </svg>
  );
}

function RegionShape(r: NonNullable<OverlayProps['region']>): ReactNode {
  const pts = r.points.map(([x, y]) => `${x},${y}`).join(' ');
  const title = <title>{r.label}</title>;
  if (r.kind === 'arrow') {
    const [a, b] = [r.points[0], r.points[r.points.length - 1]];
    if (!a || !b) return null;
    return (
      <g className="region region-arrow" role="img" aria-label={r.label} data-testid="flag-region">
        {title}
        <line x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
        <circle cx={b[0]} cy={b[1]} r={12} />
      </g>
    );
  }
  if (r.kind === 'rect' && r.points.length === 2) {
    const [[x0, y0], [x1, y1]] = r.points as [[number, number], [number, number]];
    return (
      <rect
        className="region"
        role="img"
        aria-label={r.label}
        data-testid="flag-region"
        x={Math.min(x0, x1)}
        y={Math.min(y0, y1)}
        width={Math.abs(x1 - x0)}
        height={Math.abs(y1 - y0)}
      >
        {title}
      </rect>
    );
  }
  return (
    <polygon className="region" role="img" aria-label={r.label} data-testid="flag-region" points={pts}>
      {title}
    </polygon>
  );
}
