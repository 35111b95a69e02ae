/**
 * What the UI benchmark installs in the page before any of its scripts run, as source text because the
 * bench is type-checked for Node (no DOM types). It records, in `window.__fsProbe`, every long task the
 * page's PerformanceObserver reports (start, duration, Chromium's attribution), the moment the verdict
 * appears, and the moment the first aligned image has loaded and decoded. Times are performance.now()
 * milliseconds from navigation start.
 */
export const UI_PROBE = `(() => {
  let shown;
  const probe = { longTasks: [], verdictAt: null, alignedAt: null, alignedPaintAt: null, errors: [] };
  // The page's own uncaught errors: the benchmark has no inspector attached to report them.
  addEventListener('error', (e) => probe.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason && e.reason.message || e.reason)));
  // The benchmark awaits this one promise instead of polling: Playwright's polling helpers inject a
  // large script into the page, a 300 ms task of their own in the middle of what is measured.
  Object.defineProperty(probe, 'shown', { value: new Promise((r) => (shown = r)), enumerable: false });
  window.__fsProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const a = e.attribution && e.attribution[0];
      probe.longTasks.push({
        start: e.startTime,
        duration: e.duration,
        attribution: a ? [a.name, a.containerType, a.containerName || a.containerSrc || ''].filter(Boolean).join(' ') : e.name,
      });
    }
  }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    if (probe.verdictAt === null && document.querySelector('[data-testid="verdict"]')) {
      probe.verdictAt = performance.now();
    }
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true });
  // load does not bubble, but it can be caught on the way down.
  document.addEventListener('load', (ev) => {
    const img = ev.target;
    if (probe.alignedAt !== null || !(img instanceof HTMLImageElement)) return;
    if (!img.classList.contains('layer') || !/^After, aligned/.test(img.alt)) return;
    const loaded = performance.now();
    img.decode().catch(() => undefined).then(() => {
      if (probe.alignedAt !== null) return;
      probe.alignedAt = performance.now();
      probe.alignedLoadAt = loaded;
      // The next frame after decoding is when it can first be on screen.
      requestAnimationFrame(() => { probe.alignedPaintAt = performance.now(); shown(); });
    });
  }, true);
})();`;

/** One long task as the page's PerformanceObserver reported it. */
export interface UiLongTask {
  /** ms from navigation start */
  start: number;
  duration: number;
  /** Chromium's attribution (usually only "self window"): what the platform says, no more. */
  attribution: string;
}

/** What the probe holds when the benchmark reads it back. */
export interface UiProbeResult {
  longTasks: UiLongTask[];
  verdictAt: number | null;
  alignedAt: number | null;
  alignedLoadAt?: number;
  alignedPaintAt: number | null;
  /** Uncaught errors and unhandled rejections in the page, their messages. */
  errors: string[];
}
