/**
 * Ends the current task and resumes in a new one, so the browser can handle input and paint between
 * two pieces of work. `scheduler.yield()` where Chromium has it (the continuation keeps its priority),
 * else a zero-delay timeout.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
