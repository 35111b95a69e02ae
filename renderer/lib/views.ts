/** The compare views, in the order of their keyboard shortcuts 1-6 and of the View menu. */
export const VIEWS = [
  { id: 'side-by-side', label: 'Side by side', key: '1' },
  { id: 'swipe', label: 'Swipe', key: '2' },
  { id: 'onion', label: 'Onion skin', key: '3' },
  { id: 'flicker', label: 'Flicker', key: '4' },
  { id: 'difference', label: 'Difference', key: '5' },
  { id: 'error-level', label: 'Error levels', key: '6' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
