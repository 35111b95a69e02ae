/**
 * A pane that shows content of a given pixel size fitted, zoomed and panned by the shared viewport:
 * wheel zooms about the pointer, drag pans, two fingers pinch. A click without a drag reports the point in
 * content pixels (landmarks); in 'rect' mode a drag draws a rectangle instead of panning.
 */
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { LoupeAt } from '../lib/useViewState.js';
import type { Viewport } from '../lib/viewport.js';
import { fitScale, panBy, zoomAbout } from '../lib/viewport.js';
import type { LoupeProps } from './Loupe.js';
import { Loupe } from './Loupe.js';

export interface ZoomPaneProps {
  label: string;
  width: number;
  height: number;
  viewport: Viewport;
  onViewport(v: Viewport | ((old: Viewport) => Viewport)): void;
  /** Layers in content pixels; a function receives the content-to-screen scale (for constant-size marks). */
  children: ReactNode | ((scale: number) => ReactNode);
  /** A click (no drag) on the content, in content pixels. */
  onPoint?(x: number, y: number): void;
  /** 'rect': drags report a rectangle in content pixels instead of panning. */
  onRect?(a: [number, number], b: [number, number], done: boolean): void;
  loupe?: {
    image: { url: string; width: number; height: number };
    /** The original photo's pixels at 1:1 (see Loupe). */
    original?: LoupeProps['original'];
    at: LoupeAt;
    setAt(v: LoupeAt): void;
  };
  caption?: string;
}

const CLICK_SLOP = 4;

export function ZoomPane(p: ZoomPaneProps): ReactNode {
  const pane = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const start = useRef<{ x: number; y: number; moved: boolean; content: [number, number] } | null>(null);
  const { onViewport } = p;

  useEffect(() => {
    const el = pane.current;
    if (!el) return;
    const measure = (): void => setSize({ w: el.clientWidth, h: el.clientHeight });
    // Without ResizeObserver (tests), measure now. With it, wait for its first report, which comes after
    // the browser's own layout: reading the size here forced a layout of the whole new compare area
    // inside this effect (a 79 ms script task when a 12 MP pair's result arrived, bench/ui.ts).
    if (typeof ResizeObserver === 'undefined') return measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = pane.current;
    if (!el) return;
    // Native listener: React's onWheel is passive and cannot stop the page from scrolling.
    const wheel = (e: WheelEvent): void => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
      onViewport((v) =>
        zoomAbout(v, factor, e.clientX - r.left - r.width / 2, e.clientY - r.top - r.height / 2),
      );
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, [onViewport]);

  const scale = fitScale(p.width, p.height, size.w, size.h) * p.viewport.zoom;

  /** Client coordinates to content pixels, through the content's own on-screen box (transforms included). */
  const toContent = (cx: number, cy: number): [number, number] => {
    const r = content.current?.getBoundingClientRect();
    if (!r || !(r.width > 0 && r.height > 0)) return [NaN, NaN];
    return [((cx - r.left) / r.width) * p.width, ((cy - r.top) / r.height) * p.height];
  };

  const onPointerDown = (e: React.PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    pane.current?.setPointerCapture?.(e.pointerId);
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    start.current = { x: e.clientX, y: e.clientY, moved: false, content: toContent(e.clientX, e.clientY) };
  };

  const onPointerMove = (e: React.PointerEvent): void => {
    const c = toContent(e.clientX, e.clientY);
    if (p.loupe) {
      const u = c[0] / p.width;
      const v = c[1] / p.height;
      p.loupe.setAt(u >= 0 && u <= 1 && v >= 0 && v <= 1 ? { u, v } : null);
    }
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const s = start.current;
    if (s && Math.hypot(e.clientX - s.x, e.clientY - s.y) > CLICK_SLOP) s.moved = true;
    if (pointers.current.size === 2) {
      // Pinch: zoom by the change of finger distance about their midpoint.
      const other = [...pointers.current.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(prev.x - other.x, prev.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        const r = pane.current?.getBoundingClientRect();
        if (r && before > 0) {
          const mx = (e.clientX + other.x) / 2 - r.left - r.width / 2;
          const my = (e.clientY + other.y) / 2 - r.top - r.height / 2;
          onViewport((v) => zoomAbout(v, after / before, mx, my));
        }
      }
    } else if (p.onRect && s) {
      if (s.moved) p.onRect(s.content, c, false);
    } else {
      onViewport((v) => panBy(v, e.clientX - prev.x, e.clientY - prev.y));
    }
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };

  const onPointerUp = (e: React.PointerEvent): void => {
    const s = start.current;
    const wasSingle = pointers.current.size === 1;
    pointers.current.delete(e.pointerId);
    if (pointers.current.size === 0) start.current = null;
    if (!s || !wasSingle) return;
    if (p.onRect && s.moved) p.onRect(s.content, toContent(e.clientX, e.clientY), true);
    else if (!s.moved && p.onPoint) {
      const [x, y] = toContent(e.clientX, e.clientY);
      if (x >= 0 && y >= 0 && x <= p.width && y <= p.height) p.onPoint(x, y);
    }
  };

  const { zoom: _z, panX, panY } = p.viewport;
  const transform = `translate(${panX}px, ${panY}px) scale(${scale}) translate(${-p.width / 2}px, ${-p.height / 2}px)`;
  const at = p.loupe?.at ?? null;
  return (
    <div
      ref={pane}
      className={`pane${p.onRect ? ' pane-draw' : p.onPoint ? ' pane-point' : ''}`}
      role="group"
      aria-label={p.label}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onPointerLeave={() => p.loupe?.setAt(null)}
    >
      <div
        ref={content}
        className="pane-content"
        data-testid={`content-${p.label}`}
        style={{ width: p.width, height: p.height, transform }}
      >
        {typeof p.children === 'function' ? p.children(scale) : p.children}
      </div>
      {p.caption && <div className="pane-caption">{p.caption}</div>}
      {p.loupe && at && (
        <Loupe
          image={p.loupe.image}
          full={{ width: p.width, height: p.height }}
          original={p.loupe.original}
          u={at.u}
          v={at.v}
          x={size.w / 2 + panX + (at.u * p.width - p.width / 2) * scale}
          y={size.h / 2 + panY + (at.v * p.height - p.height / 2) * scale}
        />
      )}
    </div>
  );
}
