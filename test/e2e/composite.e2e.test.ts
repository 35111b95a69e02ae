/**
 * End to end, a gallery composite: one image made at test time from the bundled sample pair (side by side
 * on a white band) is dropped on the app in Chromium. The split editor shows its two panels, the order is
 * swapped, Compare audits it, the report says where the photos were cut from, and the error-level view
 * shows both panels' maps. Screenshots at 1024x700 and 2560x1440, light and dark, go to
 * $TMPDIR/fairshot-e2e.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, DROP_IN_PAGE, launchChromium, startServe } from './harness.js';
import { makeComposite } from './makeComposite.js';

const SHOTS = join(tmpdir(), 'fairshot-e2e');

describe.skipIf(!existsSync(CHROMIUM))('a gallery composite in Chromium (serve mode)', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url = '';
  const errors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    ({ server, url } = await startServe());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('drops one composite and shows its proposed split over it', async () => {
    await page.goto(url);
    await page.getByTestId('verdict').waitFor({ timeout: 90_000 });
    const made = await makeComposite({ panelWidth: 900 });
    await page.evaluate(
      `(${DROP_IN_PAGE})(${JSON.stringify([{ name: 'gallery.jpg', data: made.bytes.toString('base64') }])})`,
    );
    await page.getByTestId('split-figure').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="split-figure"] image').waitFor({ state: 'attached' });
    expect(await page.getByTestId('panel-0').getAttribute('data-role')).toBe('before');
    expect(await page.getByTestId('panel-1').getAttribute('data-role')).toBe('after');
    expect(await page.getByTestId('split-order').textContent()).toBe(
      'Cut from gallery.jpg: panel 1 (left) before, panel 2 (right) after; order from reading order, not captions.',
    );
    // The outlines sit on the photos: the left panel's outline covers the left half of the figure.
    const fig = await page.getByTestId('split-figure').boundingBox();
    const left = await page.locator('[data-testid="panel-0"] .split-outline').boundingBox();
    if (!fig || !left) throw new Error('the split figure is not on screen');
    expect(left.x + left.width).toBeLessThan(fig.x + fig.width / 2 + 4);
    expect(left.width).toBeGreaterThan(fig.width * 0.3);
    await shot('split-editor-1024x700-light');

    // Drag the left panel's left edge onto where the before photo really starts (the splitter may stop a
    // few pixels inside it): through the real layout, the letterboxed fit and pointer capture.
    const grip = page.getByTestId('edge-0-left');
    const from = Number(await grip.getAttribute('aria-valuenow'));
    const scale = Math.min(fig.width / made.width, fig.height / made.height);
    const x0 = fig.x + (fig.width - made.width * scale) / 2;
    const y0 = fig.y + (fig.height - made.height * scale) / 2;
    const [, top, , height] = made.truth.before;
    const y = y0 + (top + height / 2) * scale;
    await page.mouse.move(x0 + from * scale, y);
    await page.mouse.down();
    await page.mouse.move(x0 + (from + 40) * scale, y, { steps: 4 });
    expect(Math.abs(Number(await grip.getAttribute('aria-valuenow')) - (from + 40))).toBeLessThan(2 / scale);
    await page.mouse.move(x0 + made.truth.before[0] * scale, y, { steps: 4 });
    await page.mouse.up();
    // One screen pixel is 1 / scale (about 2.6) composite pixels here.
    expect(Math.abs(Number(await grip.getAttribute('aria-valuenow')) - made.truth.before[0])).toBeLessThan(
      2 / scale,
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('split-editor-1024x700-dark');
    await page.setViewportSize({ width: 2560, height: 1440 });
    await shot('split-editor-2560x1440-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await shot('split-editor-2560x1440-light');
    await page.setViewportSize({ width: 1024, height: 700 });
  }, 120_000);

  it('swaps before and after, compares, and the report says where the photos came from', async () => {
    await page.getByRole('button', { name: 'Swap before and after' }).click();
    expect(await page.getByTestId('panel-0').getAttribute('data-role')).toBe('after');
    expect(await page.getByTestId('split-order').textContent()).toMatch(
      /panel 2 \(right\) before, panel 1 \(left\) after; order set by hand in Fairshot/,
    );
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByTestId('composite-facts').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('composite-facts').textContent()).toMatch(
      /^Cut from gallery\.jpg: panel 2 \(right\) before, panel 1 \(left\) after; order set by hand in Fairshot/,
    );
    expect(await page.locator('.pair-name').textContent()).toBe(
      'gallery.jpg, panel 2 (right) → gallery.jpg, panel 1 (left)',
    );
    expect(await page.getByTestId('verdict').textContent()).toMatch(/\d+\/100/);
    await page.locator('img.layer').nth(1).waitFor();
    await shot('composite-report-1024x700-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('composite-report-1024x700-dark');
    await page.setViewportSize({ width: 2560, height: 1440 });
    await shot('composite-report-2560x1440-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await shot('composite-report-2560x1440-light');
    await page.setViewportSize({ width: 1024, height: 700 });
  }, 180_000);

  it('opens the error-level maps of the two panels, with their legend', async () => {
    await page.keyboard.press('6');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Error levels/);
    const view = page.getByTestId('error-level-view');
    await view.locator('img.layer').nth(1).waitFor({ timeout: 30_000 });
    expect(await view.getByRole('group').count()).toBe(2);
    expect(await view.getByRole('group').first().getAttribute('aria-label')).toMatch(
      /^Error levels, before photo \(gallery\.jpg, panel 2 \(right\)\)/,
    );
    expect(await page.getByTestId('error-level-legend').textContent()).toMatch(/proves nothing alone/);
    await shot('composite-error-levels-1024x700-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 2560, height: 1440 });
    await shot('composite-error-levels-2560x1440-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(errors).toEqual([]);
  }, 60_000);
});
