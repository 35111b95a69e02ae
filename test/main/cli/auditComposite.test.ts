import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../../shared/contract/report.js';
import { main } from '../../../main/cli/index.js';
import { makeComposite } from '../../tools/makeComposite.js';
import { panels } from '../../shared/analysis/composite/fixtures.js';
import { captureIo, tempDir } from './fixtures.js';

describe('fairshot audit COMPOSITE', () => {
  let dir: string;
  let stacked: string;
  let grid: string;
  let photo: string;
  beforeAll(async () => {
    dir = await tempDir();
    const base = { gapPx: 14, borderPx: 10, background: [255, 255, 255] as const, quality: 90 };
    const two = await makeComposite({
      ...base,
      layout: { rows: 2, cols: 1 },
      panels: await panels(2, 320, 240),
    });
    stacked = join(dir, 'stacked.jpg');
    await writeFile(stacked, two.file);
    const four = await makeComposite({
      ...base,
      layout: { rows: 2, cols: 2 },
      panels: await panels(4, 240, 180, 2),
    });
    grid = join(dir, 'grid.jpg');
    await writeFile(grid, four.file);
    const one = await makeComposite({
      ...base,
      gapPx: 0,
      borderPx: 0,
      layout: { rows: 1, cols: 1 },
      panels: await panels(1, 400, 300, 6),
    });
    photo = join(dir, 'photo.jpg');
    await writeFile(photo, one.file);
  });

  it('says the layout, which panel is before and how the order was decided', async () => {
    const c = captureIo();
    expect(await main(['audit', stacked], c.io)).toBe(0);
    expect(c.stdout()).toContain(
      'stacked.jpg, panel 1 (top) (before) vs stacked.jpg, panel 2 (bottom) (after)',
    );
    expect(c.stdout()).toMatch(
      /Composite: stacked\.jpg, 1x2 stacked .*panel 1 is before, panel 2 is after\. Order: Reading order/,
    );
  });

  it('prints one report per line (NDJSON) for a grid of two cases, and one folder per case with --out', async () => {
    const c = captureIo();
    const out = join(dir, 'out');
    expect(await main(['audit', grid, '--json', '--out', out], c.io)).toBe(0);
    const lines = c.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => AuditReportSchema.parse(JSON.parse(l)).composite?.pair)).toEqual([0, 1]);
    expect((await readdir(out)).sort()).toEqual(['pair-1', 'pair-2']);
  });

  it('prints a single report as one JSON document for a composite of one case', async () => {
    const c = captureIo();
    expect(await main(['audit', stacked, '--json'], c.io)).toBe(0);
    expect(AuditReportSchema.parse(JSON.parse(c.stdout())).composite?.layout).toEqual({ rows: 2, cols: 1 });
  });

  it('exits 2 with one line for a single ordinary photo, and writes nothing', async () => {
    const c = captureIo();
    const out = join(dir, 'out-single');
    expect(await main(['audit', photo, '--out', out], c.io)).toBe(2);
    expect(c.stderr()).toBe(
      `fairshot: ${photo}: is one photo, not a composite of a before and an after: give two photos or a composite\n`,
    );
    expect(c.stdout()).toBe('');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('names both forms when the number of paths is wrong', async () => {
    const c = captureIo();
    expect(await main(['audit', stacked, stacked, photo], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/^fairshot: audit: expected BEFORE AFTER or one COMPOSITE, got 3\n/);
  });
});
