import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../../shared/contract/report.js';
import { main } from '../../../main/cli/index.js';
import { splitCsvLine } from '../../../main/engine/batch/readManifest.js';
import { captureIo, scene, tempDir, writeJpeg } from './fixtures.js';

describe('fairshot batch', () => {
  let root: string;
  let manifest: string;
  beforeAll(async () => {
    root = await tempDir('fairshot-batch-');
    const dir = join(root, 'gallery');
    await mkdir(join(dir, 'case a'), { recursive: true });
    const img = scene(320, 240, 9);
    await writeJpeg(join(dir, 'case a', 'b.jpg'), img);
    await writeJpeg(join(dir, 'case a', 'a.jpg'), img, { rotate: 4, date: '2026:09:01 10:00:00' });
    await writeJpeg(join(root, 'outside.jpg'), img);
    manifest = join(dir, 'manifest.csv');
    await writeFile(
      manifest,
      [
        'before,after,label',
        '"case a/b.jpg","case a/a.jpg","Case A, crown"',
        '../outside.jpg,case a/a.jpg,escapes',
        'case a/b.jpg,case a/missing.jpg,missing',
        'case a/b.jpg,case a/a.jpg,again',
        '',
      ].join('\n'),
    );
  });

  it('prints one JSON line per row in manifest order, echoing labels and recording row errors', async () => {
    const c = captureIo();
    expect(await main(['batch', manifest, '--json', '--jobs', '2'], c.io)).toBe(0);
    const lines = c
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.label)).toEqual(['Case A, crown', 'escapes', 'missing', 'again']);
    const first = AuditReportSchema.parse(lines[0]);
    expect(first.alignment.status).toBe('aligned');
    expect(first.alignment.rotationDeg).toBeCloseTo(4, 0);
    expect(lines[1].error).toMatch(/outside\.jpg: points outside the manifest's folder/);
    expect(lines[2].error).toMatch(/missing\.jpg: file not found/);
    expect(AuditReportSchema.parse(lines[3]).label).toBe('again');
    expect(c.stderr()).toMatch(/4 cases audited from 4 sources, 2 with errors/);
  });

  it('writes a folder per pair and summary.csv with --out, and a table without --json', async () => {
    const out = join(root, 'out');
    const c = captureIo();
    expect(await main(['batch', manifest, '--out', out], c.io)).toBe(0);
    expect(c.stdout()).toMatch(/Case A, crown/);
    expect(c.stdout()).toMatch(/ERROR .*points outside/);
    const entries = (await readdir(out)).filter((e) => !e.startsWith('.')).sort();
    expect(entries).toEqual(['0001-Case_A_crown', '0004-again', 'summary.csv', 'summary.html']);
    expect(await readdir(join(out, '0001-Case_A_crown'))).toContain('report.html');
    const csv = (await readFile(join(out, 'summary.csv'), 'utf8')).trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(splitCsvLine(csv[1]!)?.[1]).toBe('Case A, crown');
    expect(splitCsvLine(csv[3]!)?.[4]).toBe('error');
  });

  it('draws a progress bar on a terminal, counting the manifest rows ahead', async () => {
    const c = captureIo();
    const tty = { ...c.io, stderrIsTty: true };
    expect(await main(['batch', manifest, '--json'], tty)).toBe(0);
    const err = c.stderr();
    expect(err).toMatch(/\rbatch \[#{6}-{18}\] 25% 1\/4 sources/);
    expect(err).toMatch(/\rbatch \[#{24}\] 100% 4\/4 sources, 2 errors/);
    // Each redraw stays on its line: the bar is cleared before a result goes to stdout.
    expect(err.split('\n').filter((l) => l.includes('batch [')).length).toBeLessThanOrEqual(1);
  });

  it('says which manifest is missing', async () => {
    const c = captureIo();
    expect(await main(['batch', join(root, 'none.csv')], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/none\.csv: file not found/);
  });
});
