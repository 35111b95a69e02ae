/** How the pair is shown: view, toggles, zoom and pan, loupe position and the selected flag. */
import { useState } from 'react';
import type { Viewport } from './viewport.js';
import { FIT } from './viewport.js';
import type { ViewId } from './views.js';

/** Where the loupe looks, as a fraction of the photo's width and height; null when off the photo. */
export type LoupeAt = { u: number; v: number } | null;

export type Tool = 'none' | 'landmarks' | 'reference' | 'coverage';

export interface ViewState {
  view: ViewId;
  setView(v: ViewId): void;
  aligned: boolean;
  setAligned(v: boolean): void;
  normalized: boolean;
  setNormalized(v: boolean): void;
  grid: boolean;
  setGrid(v: boolean): void;
  loupe: boolean;
  setLoupe(v: boolean): void;
  loupeAt: LoupeAt;
  setLoupeAt(v: LoupeAt): void;
  viewport: Viewport;
  setViewport(v: Viewport | ((old: Viewport) => Viewport)): void;
  selectedFlag: number | null;
  setSelectedFlag(v: number | null): void;
  /** Flicker: the after photo is shown while a key is held. */
  held: boolean;
  setHeld(v: boolean): void;
  tool: Tool;
  setTool(v: Tool): void;
}

export function useViewState(): ViewState {
  const [view, setView] = useState<ViewId>('side-by-side');
  const [aligned, setAligned] = useState(true);
  const [normalized, setNormalized] = useState(true);
  const [grid, setGrid] = useState(false);
  const [loupe, setLoupe] = useState(false);
  const [loupeAt, setLoupeAt] = useState<LoupeAt>(null);
  const [viewport, setViewport] = useState<Viewport>(FIT);
  const [selectedFlag, setSelectedFlag] = useState<number | null>(null);
  const [held, setHeld] = useState(false);
  const [tool, setTool] = useState<Tool>('none');
  return {
    view,
    setView,
    aligned,
    setAligned,
    normalized,
    setNormalized,
    grid,
    setGrid,
    loupe,
    setLoupe,
    loupeAt,
    setLoupeAt,
    viewport,
    setViewport,
    selectedFlag,
    setSelectedFlag,
    held,
    setHeld,
    tool,
    setTool,
  };
}
