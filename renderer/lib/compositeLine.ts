/** The composite's facts in one line: which panels were cut from which file, and how the order was read. */
import type { Split } from '../../shared/contract/api.js';
import { orderNote } from './orderNote.js';
import { panelPlace } from './panelPlace.js';

/**
 * "Cut from gallery.jpg: panel 1 (left) before, panel 2 (right) after; order from reading order, not
 * captions". Panels are numbered from 1 as the split editor shows them.
 */
export function compositeLine(sourceName: string, split: Split): string {
  const pair = split.pairs[split.pair];
  if (!pair) return `Cut from ${sourceName}`;
  const describe = (i: number): string => {
    const panel = split.panels[i];
    return panel ? `panel ${i + 1} (${panelPlace(panel, split.layout, split.panels)})` : `panel ${i + 1}`;
  };
  const scope = split.pairs.length > 1 ? ` case ${split.pair + 1} of ${split.pairs.length},` : '';
  return `Cut from ${sourceName}:${scope} ${describe(pair.before)} before, ${describe(pair.after)} after; ${orderNote(split.order.from)}`;
}
