/** How before and after were told apart, in words (the report's `order.from`). */
import type { Composite } from '../../shared/contract/composite.js';

const WORDS: Record<Composite['order']['from'], string> = {
  captions: 'order from the captions',
  reading: 'order from reading order, not captions',
  person: 'order set by hand in Fairshot, not read from the image',
};

export function orderNote(from: Composite['order']['from']): string {
  return WORDS[from];
}
