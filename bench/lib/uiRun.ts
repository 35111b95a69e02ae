/**
 * One measured visit of the UI: a fresh Chromium (no code cache, no image cache), the page opened on
 * `fairshot serve`'s URL, held until the first aligned image has decoded and a frame has followed, plus a
 * settling second. Returns what the in-page probe saw and the platform's own marks; with `trace`, also a
 * Chromium performance trace of the same visit (tracing slows the page a little, so traced runs are for
 * attribution only, never for the figures).
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/harness.js';
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
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(UI_PROBE);
    if (opts.trace) await browser.startTracing(page, { categories: opts.categories ?? UI_TRACE_CATEGORIES });
    await page.goto(url);
    const timeoutMs = opts.timeoutMs ?? 240_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`none within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    await Promise.race([
      page.evaluate(() => (globalThis as unknown as { __fsProbe: { shown: Promise<void> } }).__fsProbe.shown),
      timedOut,
    ])
      .catch(async (e: unknown) => {
        const err = await page
          .locator('.error, [role="alert"]')
          .first()
          .textContent({ timeout: 500 })
          .catch(() => null);
        throw new Error(
          `no aligned image: ${err ?? errors[0] ?? (e instanceof Error ? e.message.split('\n')[0] : String(e))}`,
        );
      })
      .finally(() => clearTimeout(timer));
    await page.waitForTimeout(settleMs);
    const run = await readBack(page);
    const trace = opts.trace ? await browser.stopTracing() : null;
    return { ...run, settleMs, trace };
  } finally {
    await browser.close();
  }
}

/** The probe's record and the resource timings of the analyze request and its event stream. */
async function readBack(page: Page): Promise<Omit<UiRun, 'trace' | 'settleMs'>> {
  // A string evaluates through CDP's Runtime.evaluate, which the page's CSP does not govern.
  return page.evaluate(`(() => {
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
  })()`);
}
