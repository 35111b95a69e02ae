/**
 * summary.html in a real browser from file://: sorted by clicking headers, filtered by verdict, with no
 * request beyond the page itself and no script error. Skips without Debian's Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../../../../main/engine/batch/batchTypes.js';
import { writeSummary } from '../../../../main/engine/batch/writeSummary.js';
import { CHROMIUM, launchChromium } from '../../../e2e/harness.js';

async function thumb(shade: number): Promise<string> {
  const jpeg = await sharp({
    create: { width: 16, height: 12, channels: 3, background: { r: shade, g: 90, b: 60 } },
  })
    .jpeg()
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

function row(job: number, verdict: [string, number] | null, error: string | null = null): CaseRow {
  return {
    job,
    part: 0,
    label: `case <${job}>`,
    before: `/g/c${job} before.jpg`,
    after: `/g/c${job} after.jpg`,
    panels: null,
    verdict: verdict ? { label: verdict[0], score: verdict[1] } : null,
    flags: verdict && verdict[1] < 90 ? ['light.exposure:warn'] : [],
    error,
    dir: error ? null : `000${job + 1}-c${job}`,
    thumbs: null,
    hashes: null,
  };
}

describe.skipIf(!existsSync(CHROMIUM))('summary.html in Chromium', () => {
  it('sorts by a clicked header, both ways, filters by verdict, and makes no request', async () => {
    const out = await mkdtemp(join(tmpdir(), 'fairshot-summary-'));
    const rows = [
      { ...row(0, ['caution', 71]), thumbs: { before: await thumb(200), after: await thumb(100) } },
      row(1, ['comparable', 96]),
      row(2, null, '/g/c2 before.jpg: file not found'),
      row(3, ['not comparable', 40]),
      row(4, ['comparable', 9]),
    ];
    const jobs = async function* () {
      for (const r of rows) yield [r];
    };
    const reuse = {
      lines: ['case 1 after is the same photo as case 4 before (2 of 64 hash bits apart)'],
      byCase: new Map([[0, ['after = case 4 before']]]),
    };
    await writeSummary(out, jobs(), reuse, { title: 'T <&>', totals: '5 cases' });
    const html = await readFile(join(out, 'summary.html'), 'utf8');
    // Labels are text, never markup.
    expect(html).toContain('case &#60;0&#62;');
    expect(html).not.toContain('case <0>');

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      const url = pathToFileURL(join(out, 'summary.html')).href;
      await page.goto(url);
      const ids = () =>
        page.$$eval('#cases tbody tr:not([hidden]) td:first-child', (tds) => tds.map((td) => td.textContent));
      expect(await ids()).toEqual(['1', '2', '3', '4', '5']);
      const score = page.locator('#cases th', { hasText: 'Score' });
      await score.click();
      // Numeric order (9 before 40), the row without a score first.
      expect(await ids()).toEqual(['3', '5', '4', '1', '2']);
      await score.click();
      expect(await ids()).toEqual(['2', '1', '4', '5', '3']);
      await page.locator('#cases th', { hasText: 'Label' }).click();
      // "case <10>" would sort after "case <9>": natural order of the text.
      expect(await ids()).toEqual(['1', '2', '3', '4', '5']);
      await page.selectOption('#filter', 'comparable');
      expect(await ids()).toEqual(['2', '5']);
      expect(await page.textContent('#count')).toBe('2 of 5 cases');
      await page.selectOption('#filter', 'error');
      expect(await ids()).toEqual(['3']);
      expect(await page.locator('#reused li').count()).toBe(1);
      expect(
        await page
          .locator('img')
          .evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth)),
      ).toEqual([16, 16]);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
