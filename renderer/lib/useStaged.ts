/**
 * `value` one committed render later, set in a transition: what depends on it renders after the rest of
 * the window has been committed and painted, in slices React can interrupt. App shows a new result's
 * verdict and flags this way before its compare views, so their layouts fall in different frames.
 */
import { startTransition, useEffect, useState } from 'react';

export function useStaged<T>(value: T): T {
  const [staged, setStaged] = useState(value);
  useEffect(() => startTransition(() => setStaged(value)), [value]);
  return staged;
}
