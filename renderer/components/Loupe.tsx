/**
 * A round magnifier at 1:1 pixels: one pixel of the display render per device pixel, centred on the point
 * (u, v) of the photo. Drawn as a background image so it needs no second decode.
 */
import type { ReactNode } from 'react';

export const LOUPE_RADIUS = 90;

export function Loupe(p: {
  image: { url: string; width: number; height: number };
  u: number;
  v: number;
  x: number;
  y: number;
}): ReactNode {
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const w = p.image.width / dpr;
  const h = p.image.height / dpr;
  return (
    <div
      className="loupe"
      aria-hidden="true"
      style={{
        left: p.x - LOUPE_RADIUS,
        top: p.y - LOUPE_RADIUS,
        width: LOUPE_RADIUS * 2,
        height: LOUPE_RADIUS * 2,
        backgroundImage: `url("${p.image.url}")`,
        backgroundSize: `${w}px ${h}px`,
        backgroundPosition: `${LOUPE_RADIUS - p.u * w}px ${LOUPE_RADIUS - p.v * h}px`,
      }}
    />
  );
}
