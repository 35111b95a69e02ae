/**
 * End to end: `fairshot serve` with the built UI, driven in Debian's Chromium through playwright-core.
 * Opens the sample pair, waits for the report, switches every view (a screenshot of each goes to
 * $TMPDIR/fairshot-e2e), reads a flag, aligns by landmarks, exports, and uploads a corrupt photo.
 * Skipped when /usr/bin/chromium is absent; fails with a clear line when the UI is not built.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, DROP_IN_PAGE, launchChromium, ROOT, startServe } from './harness.js';

const SHOTS = join(tmpdir(), 'fairshot-e2e');

/** Photo pixel (x, y) of a pane's content to a page position, through the content's on-screen box. */
async function pagePoint(page: Page, testId: string, x: number, y: number, w: number, h: number) {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  return { x: box.x + (x / w) * box.width, y: box.y + (y / h) * box.height };
}

describe.skipIf(!existsSync(CHROMIUM))('the app in Chromium (serve mode)', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url = '';
  const errors: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    ({ server, url } = await startServe());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('opens the sample pair at once and shows the report', async () => {
    await page.goto(url);
    await page.getByTestId('verdict').waitFor({ timeout: 90_000 });
    await page.locator('img.layer').nth(1).waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/\d+\/100/);
    expect(await page.locator('.pair-name').textContent()).toBe('before.jpg → after.jpg');
  }, 120_000);

  it('switches every view by keyboard and saves a screenshot of each', async () => {
    const views: [string, string][] = [
      ['1', 'Side by side'],
      ['2', 'Swipe'],
      ['3', 'Onion skin'],
      ['4', 'Flicker'],
      ['5', 'Difference'],
      ['6', 'Error levels'],
    ];
    for (const [key, name] of views) {
      await page.keyboard.press(key);
      const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      await page.locator('img.layer').first().waitFor();
      await page.screenshot({
        path: join(SHOTS, `view-${key}-${name.replace(/\W+/g, '-').toLowerCase()}.png`),
      });
    }
    // The sample pair is two JPEG files: both have an error-level map, and the legend says what it is.
    expect(await page.getByTestId('error-level-view').locator('img.layer').count()).toBe(2);
    expect(await page.getByTestId('error-level-legend').textContent()).toMatch(/proves nothing alone/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'view-6-error-levels-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('1');
  });

  it('reads a flag: measured against threshold, and its region when selected', async () => {
    const exposure = page.getByTestId('flag-light.exposure');
    expect(await exposure.getByTestId('measured').textContent()).toMatch(/^\d+(\.\d+)? EV$/);
    expect(await exposure.getByTestId('threshold').textContent()).toMatch(/warning ≥ 0\.4 EV/);
    await page.getByTestId('flag-image.focus').getByRole('button').click();
    expect(await page.getByTestId('flag-region').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'flag-region.png') });
  });

  it('aligns by four landmarks and analyzes with them', async () => {
    const truth = JSON.parse(await readFile(join(ROOT, 'assets/samples/truth.json'), 'utf8')) as {
      width: number;
      height: number;
      homographyBeforeToAfter: number[];
    };
    const { width: w, height: h } = truth;
    const m = truth.homographyBeforeToAfter;
    const toAfter = ([x, y]: [number, number]): [number, number] => {
      const d = m[6]! * x + m[7]! * y + m[8]!;
      return [(m[0]! * x + m[1]! * y + m[2]!) / d, (m[3]! * x + m[4]! * y + m[5]!) / d];
    };
    await page.getByRole('button', { name: 'Align by landmarks…' }).first().click();
    const landmarks: [number, number][] = [
      [500, 400],
      [1100, 420],
      [1050, 850],
      [560, 820],
    ];
    for (const b of landmarks) {
      const pb = await pagePoint(page, 'content-Before: click landmarks', b[0], b[1], w, h);
      await page.mouse.click(pb.x, pb.y);
      const a = toAfter(b);
      const pa = await pagePoint(page, 'content-After, as shot: click landmarks', a[0], a[1], w, h);
      await page.mouse.click(pa.x, pa.y);
    }
    expect(await page.getByTestId('fit-status').textContent()).toMatch(/^homography from 4 pairs/);
    await page.screenshot({ path: join(SHOTS, 'manual-alignment.png') });
    await page.getByRole('button', { name: 'Accept and analyze' }).click();
    await page.getByText('Alignment (your landmarks)').waitFor({ timeout: 90_000 });
    expect(await page.getByText('manual landmarks').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'after-manual-alignment.png') });
  }, 120_000);

  it('exports the report as a download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const path = await download.path();
    expect((await readFile(path, 'utf8')).slice(0, 200).toLowerCase()).toContain('<!doctype html');
  }, 60_000);

  it('opens a pair dropped on the window', async () => {
    const b64 = async (name: string): Promise<string> =>
      (await readFile(join(ROOT, 'assets/samples', name))).toString('base64');
    const files = [
      { name: 'dropped-after.jpg', data: await b64('after.jpg') },
      { name: 'dropped-before.jpg', data: await b64('before.jpg') },
    ];
    await page.evaluate(`(${DROP_IN_PAGE})(${JSON.stringify(files)})`);
    // Ordered by name: the before is the one called before, whatever the drop order.
    await page
      .locator('.pair-name', { hasText: 'dropped-before.jpg → dropped-after.jpg' })
      .waitFor({ timeout: 90_000 });
  }, 120_000);

  it('shows one clear error line for a corrupt photo', async () => {
    const good = await readFile(join(ROOT, 'assets/samples/after.jpg'));
    const corrupt = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    await page.getByTestId('file-input').setInputFiles([
      { name: 'corrupt-before.jpg', mimeType: 'image/jpeg', buffer: corrupt },
      { name: 'after.jpg', mimeType: 'image/jpeg', buffer: good },
    ]);
    const alert = page.getByRole('alert');
    await expect
      .poll(async () => (await alert.textContent()) ?? '', { timeout: 60_000 })
      .toMatch(/corrupt-before\.jpg/);
    await page.screenshot({ path: join(SHOTS, 'corrupt-error.png') });
    // The last good comparison stays, under its own names.
    expect(await page.locator('.pair-name').textContent()).toBe('dropped-before.jpg → dropped-after.jpg');
    expect(errors).toEqual([]);
  }, 90_000);
});
