/** Where a panel sits in its composite, in the words a person uses for it. */
import type { Panel } from '../../shared/contract/composite.js';

/**
 * 'left'/'right' for two panels side by side, 'top'/'bottom' for two stacked, else 'row R, column C' from
 * the layout (reading order: the index runs left to right, then top to bottom).
 */
export function panelPlace(
  panel: Panel,
  layout: { rows: number; cols: number },
  panels: readonly Panel[],
): string {
  if (panels.length === 2) {
    const other = panels.find((p) => p !== panel);
    if (other) {
      const [x, y, w, h] = panel.rect;
      const [ox, oy, ow, oh] = other.rect;
      const dx = x + w / 2 - (ox + ow / 2);
      const dy = y + h / 2 - (oy + oh / 2);
      if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? 'left' : 'right';
      return dy < 0 ? 'top' : 'bottom';
    }
  }
  const cols = Math.max(1, layout.cols);
  return `row ${Math.floor(panel.index / cols) + 1}, column ${(panel.index % cols) + 1}`;
}
