/** Numbered landmark markers, a constant size on screen whatever the zoom. */
import type { ReactNode } from 'react';

export function Markers({
  points,
  scale,
  side,
}: {
  points: readonly [number, number][];
  scale: number;
  side: string;
}): ReactNode {
  const r = 11 / scale;
  return (
    <g className="markers">
      {points.map(([x, y], i) => (
        <g key={i} className="marker" data-testid={`marker-${side}-${i + 1}`}>
          <title>{`${side} landmark ${i + 1}`}</title>
          <circle cx={x} cy={y} r={r} />
          <text x={x} y={y} fontSize={r * 1.3} dy={r * 0.45} textAnchor="middle">
            {i + 1}
          </text>
        </g>
      ))}
    </g>
  );
}
