/**
 * Zoom and pan shared by every pane, so side-by-side panes move together. Zoom is relative to "fit the
 * pane"; pan is in screen pixels from the pane's centre, so panes of different photo sizes stay in step.
 */
export interface Viewport {
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
}

export const FIT: Viewport = { zoom: 1, panX: 0, panY: 0 };
/** @default zoom limits: a quarter of fit to 64x fit (past 1:1 on any photo we accept). */
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 64;

/** Zooms by `factor` keeping the point (px, py), relative to the pane centre, where it is on screen. */
export function zoomAbout(v: Viewport, factor: number, px = 0, py = 0): Viewport {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor));
  const k = zoom / v.zoom;
  return { zoom, panX: px - (px - v.panX) * k, panY: py - (py - v.panY) * k };
}

export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, panX: v.panX + dx, panY: v.panY + dy };
}

/** Scale from content pixels to screen pixels for content w x h fitted into a pane pw x ph. */
export function fitScale(w: number, h: number, pw: number, ph: number): number {
  if (!(w > 0 && h > 0 && pw > 0 && ph > 0)) return 1;
  return Math.min(pw / w, ph / h);
}
