/**
 * The report's per-channel exposure gains as an SVG filter. SVG filters compute in linearRGB by default,
 * so a diagonal colour matrix is exactly the engine's linear-light gain.
 */
import type { ReactNode } from 'react';
import { GAIN_FILTER_ID } from '../lib/layers.js';

export function GainFilter({ gains }: { gains: readonly [number, number, number] }): ReactNode {
  const [r, g, b] = gains;
  return (
    <svg width="0" height="0" className="hidden-svg" aria-hidden="true" focusable="false">
      <filter id={GAIN_FILTER_ID} colorInterpolationFilters="linearRGB">
        <feColorMatrix type="matrix" values={`${r} 0 0 0 0  0 ${g} 0 0 0  0 0 ${b} 0 0  0 0 0 1 0`} />
      </filter>
    </svg>
  );
}
