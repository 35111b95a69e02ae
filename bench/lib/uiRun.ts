/**
 * One measured visit of the UI: a fresh Chromium (no code cache, no image cache), the page opened on
 * `fairshot serve`'s URL, held until the first aligned image has decoded and a frame has followed, plus a
 * settling second. Returns what the in-page probe saw and the platform's own marks; with `trace`, also a
 * Chromium performance trace of the same visit (tracing slows the page a little, so traced runs are for
 * attribution only, never for the figures). The page is driven over a bare CDP pipe with no inspector
 * domain enabled (uiCdp.ts says why); `inspector` turns the Runtime domain on, as Playwright and an open
 * DevTools do, to measure what that adds.
 */
import type { UiCdp } from './uiCdp.js';
import { uiCdpLaunch } from './uiCdp.js';
import type { UiProbeResult } from './uiProbe.js';
import { UI_PROBE } from './uiProbe.js';

/** Trace categories: the Performance panel's timeline, with JS function names and image decodes. */
export const UI_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
];

export interface UiRunOptions {
  /** Waiting for the first aligned image, ms. @default 240000 */
  timeoutMs?: number;
  /** After the first aligned image, keep recording this long, ms. @default 1000 */
  settleMs?: number;
  /** Record a Chromium trace of the visit. @default false */
  trace?: boolean;
  /** Trace categories. @default UI_TRACE_CATEGORIES */
  categories?: string[];
  /** Enable the inspector's Runtime domain on the page, as Playwright and DevTools do. @default false */
  inspector?: boolean;
}

export interface UiRun extends UiProbeResult {
  /** performance.now() when the page's analyze request was sent (resource timing startTime). */
  analyzeStart: number | null;
  /** When the last byte of the job's event stream (the result) arrived (resource timing responseEnd). */
  resultAt: number | null;
  domContentLoaded: number;
  /** The display renders the page fetched: size and when each started and finished, ms. */
  images: { kind: string; bytes: number; start: number; end: number }[];
  settleMs: number;
  /** The trace's JSON bytes, when asked for. */
  trace: Buffer | null;
}

/** Opens `url` in a fresh browser and measures one visit; throws when no aligned image ever shows. */
export async function uiRun(url: string, opts: UiRunOptions = {}): Promise<UiRun> {
  const settleMs = opts.settleMs ?? 1000;
  const cdp = await uiCdpLaunch();
  try {
    const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string }[] }>(
      'Target.getTargets',
    );
    const targetId =
      targetInfos.find((t) => t.type === 'page')?.targetId ??
      (await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })).targetId;
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    const page = (method: string, params?: Record<string, unknown>) => cdp.send(method, params, sessionId);
    await page('Emulation.setDeviceMetricsOverride', {
      width: 1280,
      height: 800,
      deviceScaleFactor: 1,
      mobile: false,
    });
    // The Page domain must be on for scripts added to new documents to run.
    await page('Page.enable');
    await page('Page.addScriptToEvaluateOnNewDocument', { source: UI_PROBE });
    if (opts.inspector) await page('Runtime.enable');
    if (opts.trace) {
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: opts.categories ?? UI_TRACE_CATEGORIES },
        transferMode: 'ReturnAsStream',
      });
    }
    const nav = await page('Page.navigate', { url });
    if (typeof nav.errorText === 'string') throw new Error(`${url}: ${nav.errorText}`);
    const timeoutMs = opts.timeoutMs ?? 240_000;
    const shown = await waitShown(cdp, sessionId, url, Date.now() + timeoutMs);
    if (shown !== true) {
      const err = await evaluate<string | null>(
        cdp,
        sessionId,
        `(document.querySelector('.error, [role="alert"]') || {}).textContent || (window.__fsProbe && window.__fsProbe.errors[0]) || null`,
      ).catch(() => null);
      throw new Error(`no aligned image: ${err ?? shown}`);
    }
    await new Promise((r) => setTimeout(r, settleMs));
    const run = await readBack(cdp, sessionId);
    const trace = opts.trace ? await stopTracing(cdp) : null;
    return { ...run, settleMs, trace };
  } finally {
    await cdp.close();
  }
}

/** Runtime.evaluate in the page's main world; the value comes back by value. */
async function evaluate<T>(
  cdp: UiCdp,
  sessionId: string,
  expression: string,
  awaitPromise = false,
): Promise<T> {
  const r = await cdp.send<{ result: { value?: T }; exceptionDetails?: { text: string } }>(
    'Runtime.evaluate',
    { expression, awaitPromise, returnByValue: true },
    sessionId,
  );
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value as T;
}

/**
 * Waits for the probe's `shown` promise in the page at `url` (the navigation may not have committed
 * yet: until the probe is there, it asks again every 100 ms). True, or what went wrong.
 */
async function waitShown(
  cdp: UiCdp,
  sessionId: string,
  url: string,
  deadline: number,
): Promise<true | string> {
  const expr = `location.href === ${JSON.stringify(url)} && window.__fsProbe ? window.__fsProbe.shown.then(() => true) : false`;
  while (Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((r) => (timer = setTimeout(() => r('timeout'), deadline - Date.now())));
    const got = await Promise.race([
      evaluate<boolean>(cdp, sessionId, expr, true).catch((e: unknown) =>
        e instanceof Error ? e.message : String(e),
      ),
      late,
    ]).finally(() => clearTimeout(timer));
    if (got === true) return true;
    if (got === 'timeout') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return `none within ${Math.round((deadline - Date.now()) / 1000 + 0.5)} s of the deadline`;
}

/** Ends the trace and reads its JSON back from the browser's stream. */
async function stopTracing(cdp: UiCdp): Promise<Buffer> {
  const complete = cdp.once('Tracing.tracingComplete');
  await cdp.send('Tracing.end');
  const { stream } = (await complete) as { stream: string };
  const parts: Buffer[] = [];
  for (;;) {
    const r = await cdp.send<{ data: string; eof: boolean; base64Encoded?: boolean }>('IO.read', {
      handle: stream,
    });
    parts.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8'));
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return Buffer.concat(parts);
}

/** The probe's record and the resource timings of the analyze request and its event stream. */
async function readBack(cdp: UiCdp, sessionId: string): Promise<Omit<UiRun, 'trace' | 'settleMs'>> {
  return evaluate(
    cdp,
    sessionId,
    `(() => {
    const res = performance.getEntriesByType('resource');
    const analyze = res.find((r) => /\\/api\\/analyze$/.test(r.name));
    const events = res.filter((r) => /\\/api\\/jobs\\/[^/]+\\/events$/.test(r.name)).pop();
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ...window.__fsProbe,
      analyzeStart: analyze ? analyze.startTime : null,
      resultAt: events ? events.responseEnd : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
      images: res
        .filter((r) => /\\/images\\/[a-z-]+$/.test(r.name))
        .map((r) => ({ kind: r.name.split('/').pop(), bytes: r.encodedBodySize, start: r.startTime, end: r.responseEnd })),
    };
  })()`,
  );
}
