/**
 * Keyboard: 1-5 views, + / - zoom, arrows pan, 0 fit, G grid, L loupe, A aligned, N normalized, and
 * Space held shows the after photo in the flicker view. Keys typed into a form control are theirs.
 */
import { useLayoutEffect, useRef } from 'react';
import { panBy, zoomAbout, FIT } from './viewport.js';
import { VIEWS } from './views.js';
import type { ViewState } from './useViewState.js';

const PAN_STEP = 60;

export function useShortcuts(state: ViewState, enabled: boolean): void {
  // Listeners are added once; they read the current view state through the ref. A layout effect attaches
  // them in the same commit that shows the comparison, so no key pressed right after it appears is lost
  // (a passive effect runs later, and on a busy machine measurably later).
  const ref = useRef(state);
  ref.current = state;
  useLayoutEffect(() => {
    if (!enabled) return;
    const isField = (t: EventTarget | null): boolean =>
      t instanceof HTMLElement &&
      (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    const down = (e: KeyboardEvent): void => {
      const s = ref.current;
      if (e.ctrlKey || e.metaKey || e.altKey || isField(e.target)) return;
      const view = VIEWS.find((v) => v.key === e.key);
      let handled = true;
      if (view) s.setView(view.id);
      else if (e.key === '+' || e.key === '=') s.setViewport((v) => zoomAbout(v, 1.25));
      else if (e.key === '-' || e.key === '_') s.setViewport((v) => zoomAbout(v, 1 / 1.25));
      else if (e.key === '0') s.setViewport(FIT);
      else if (e.key === 'ArrowLeft') s.setViewport((v) => panBy(v, PAN_STEP, 0));
      else if (e.key === 'ArrowRight') s.setViewport((v) => panBy(v, -PAN_STEP, 0));
      else if (e.key === 'ArrowUp') s.setViewport((v) => panBy(v, 0, PAN_STEP));
      else if (e.key === 'ArrowDown') s.setViewport((v) => panBy(v, 0, -PAN_STEP));
      else if (e.key === 'g' || e.key === 'G') s.setGrid(!s.grid);
      else if (e.key === 'l' || e.key === 'L') s.setLoupe(!s.loupe);
      else if (e.key === 'a' || e.key === 'A') s.setAligned(!s.aligned);
      else if (e.key === 'n' || e.key === 'N') s.setNormalized(!s.normalized);
      else if (e.key === ' ' && s.view === 'flicker' && !(e.target instanceof HTMLButtonElement))
        s.setHeld(true);
      else handled = false;
      if (handled) e.preventDefault();
    };
    const up = (e: KeyboardEvent): void => {
      if (e.key === ' ') ref.current.setHeld(false);
    };
    const blur = (): void => ref.current.setHeld(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, [enabled]);
}
