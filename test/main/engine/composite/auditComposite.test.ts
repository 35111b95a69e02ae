import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../../../shared/contract/report.js';
import { ProposedSplitSchema } from '../../../../shared/contract/composite.js';
import { auditComposite, NOT_A_COMPOSITE } from '../../../../main/engine/composite/auditComposite.js';
import { proposeSplit } from '../../../../main/engine/composite/proposeSplit.js';
import { PhotoError } from '../../../../main/engine/input/PhotoError.js';
import { AuditPool } from '../../../../main/engine/pool/AuditPool.js';
import { makeComposite } from '../../../tools/makeComposite.js';
import { rectIou } from '../../../../bench/lib/compositeScore.js';
import { panels } from '../../../shared/analysis/composite/fixtures.js';
import { tempDir } from '../../cli/fixtures.js';

describe('auditComposite and proposeSplit', () => {
  let dir: string;
  let side: string;
  let grid: string;
  let single: string;
  let sideTruth: readonly (readonly [number, number, number, number])[];
  const pool = new AuditPool({ size: 1 });
  beforeAll(async () => {
    dir = await tempDir('fairshot-composite-');
    const two = await makeComposite({
      layout: { rows: 1, cols: 2 },
      panels: await panels(2, 320, 240),
      gapPx: 16,
      borderPx: 12,
      background: [255, 255, 255],
      captions: { texts: ['Before', 'After'], where: 'below', sizePx: 24, colour: [20, 20, 20] },
      quality: 90,
    });
    side = join(dir, 'gallery.jpg');
    await writeFile(side, two.file);
    sideTruth = two.truth.rects;
    const four = await makeComposite({
      layout: { rows: 2, cols: 2 },
      panels: await panels(4, 240, 180, 2),
      gapPx: 10,
      borderPx: 10,
      background: [0, 0, 0],
      quality: 90,
    });
    grid = join(dir, 'grid.jpg');
    await writeFile(grid, four.file);
    const [photo] = await panels(1, 400, 300, 4);
    const one = await makeComposite({
      layout: { rows: 1, cols: 1 },
      panels: [photo!],
      gapPx: 0,
      borderPx: 0,
      background: [0, 0, 0],
      quality: 90,
    });
    single = join(dir, 'single.jpg');
    await writeFile(single, one.file);
  });
  afterAll(() => pool.close());

  it('proposes the split of a composite file, in the contract, with the panels where they were drawn', async () => {
    const p = ProposedSplitSchema.parse(await proposeSplit(side));
    expect(p.isComposite).toBe(true);
    expect(p.source.name).toBe('gallery.jpg');
    expect(p.split.panels).toHaveLength(2);
    for (const [i, q] of p.split.panels.entries())
      expect(rectIou(q.rect, sideTruth[i]!)).toBeGreaterThanOrEqual(0.9);
  });

  it('audits a side-by-side composite as one case whose report names the panels and the order', async () => {
    const bytes = await readFile(side);
    const [r, ...more] = await auditComposite(side);
    expect(more).toEqual([]);
    const report = AuditReportSchema.parse(r!.report);
    expect(report.before.name).toBe('gallery.jpg, panel 1 (left)');
    expect(report.after.name).toBe('gallery.jpg, panel 2 (right)');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(report.before.sha256).toBe(sha);
    expect(report.composite?.source.sha256).toBe(sha);
    expect([report.before.width, report.before.height]).toEqual(report.composite!.panels[0]!.rect.slice(2));
    expect(report.composite?.order.from).toBe('reading');
    // Each panel's provenance: the file's tables (one file, so the same), error levels of its own region.
    expect(report.before.provenance?.quantTables).toMatch(/^(ijg-q\d+|[0-9a-f]{16})$/);
    expect(report.after.provenance?.quantTables).toBe(report.before.provenance?.quantTables);
    expect(report.before.provenance?.errorLevel).not.toBeNull();
    expect(report.composite?.order.note).toMatch(/left \(or upper\) panel/);
    // The two panels share one file: that alone must not read as "byte for byte the same photo".
    expect(report.flags.find((f) => f.id === 'pair.duplicate')?.message ?? '').not.toMatch(/byte for byte/);
  });

  it('audits each row of a 2x2 grid as its own case and writes each into its own folder', async () => {
    const out = join(dir, 'out-grid');
    const results = await auditComposite(grid, { out });
    expect(results.map((r) => r.report.composite?.pair)).toEqual([0, 1]);
    expect(results[1]!.report.before.name).toBe('grid.jpg, panel 3 (row 2, left)');
    expect((await readdir(out)).sort()).toEqual(['pair-1', 'pair-2']);
    const json = JSON.parse(await readFile(join(out, 'pair-2', 'report.json'), 'utf8'));
    expect(AuditReportSchema.parse(json).composite?.pair).toBe(1);
    const html = await readFile(join(out, 'pair-2', 'report.html'), 'utf8');
    expect(html).toContain('<h2>Composite</h2>');
    expect(html).toMatch(/This case<\/th><td>2 of 2/);
    expect(html).toMatch(/Order decided by<\/th><td>reading: Reading order/);
  });

  it("takes a person's split: their panels and their order", async () => {
    const proposal = await proposeSplit(side);
    const split = {
      ...proposal.split,
      pairs: [{ before: 1, after: 0 }],
      order: { from: 'person' as const, note: 'Set by a person in the app.' },
    };
    const [r] = await auditComposite(side, { split });
    expect(r!.report.before.name).toBe('gallery.jpg, panel 2 (right)');
    expect(r!.report.composite?.order.from).toBe('person');
  });

  it('refuses a split that does not fit the image, and a single photo, with one line naming the file', async () => {
    const proposal = await proposeSplit(side);
    const bad = {
      ...proposal.split,
      panels: [{ index: 0, rect: [0, 0, 5000, 10] as [number, number, number, number], caption: null }],
    };
    await expect(auditComposite(side, { split: bad })).rejects.toThrow(
      /gallery\.jpg: panel 1 .* is not inside/,
    );
    const err = await auditComposite(single).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhotoError);
    expect((err as PhotoError).message).toBe(`${single}: ${NOT_A_COMPOSITE}`);
    const missing = await auditComposite(join(dir, 'gone.jpg')).catch((e: unknown) => e);
    expect((missing as PhotoError).message).toMatch(/gone\.jpg: file not found/);
  });

  it('runs composites and proposals in the worker pool, with progress', async () => {
    const stages: string[] = [];
    const results = await pool.runComposite(grid, {}, { onProgress: (_f, s) => stages.push(s) });
    expect(results).toHaveLength(2);
    expect(stages[0]).toBe('read');
    expect(stages.at(-1)).toBe('done');
    expect((await pool.proposeSplit(single)).isComposite).toBe(false);
    await expect(pool.runComposite(single)).rejects.toBeInstanceOf(PhotoError);
  });

  it('cancels a composite job in the pool once it has started, and runs the next one', async () => {
    const ac = new AbortController();
    const running = pool.runComposite(grid, {}, { signal: ac.signal, onProgress: () => ac.abort() });
    await expect(running).rejects.toThrow('cancelled');
    expect((await pool.proposeSplit(grid)).split.pairs).toHaveLength(2);
  });
});
