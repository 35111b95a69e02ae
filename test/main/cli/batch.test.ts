import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
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
    // NDJSON is for programs: each row in error is also one line on stderr for the person running it.
    expect(c.stderr()).toMatch(/^fairshot: \.\.\/outside\.jpg: points outside the manifest's folder$/m);
    expect(c.stderr()).toMatch(/^fairshot: case a\/missing\.jpg: file not found$/m);
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
    // Rows in error need no audit, so the bar is tested without waiting for any.
    const bad = join(root, 'bad.csv');
    await writeFile(
      bad,
      ['before,after', ...[1, 2, 3, 4].map((i) => `m${i}b.jpg,m${i}a.jpg`), ''].join('\n'),
    );
    // One stream, as a terminal shows stdout and stderr together.
    let screen = '';
    const io = {
      stdout: (t: string) => void (screen += t),
      stderr: (t: string) => void (screen += t),
      stderrIsTty: true,
    };
    expect(await main(['batch', bad], io)).toBe(0);
    expect(screen).toMatch(/\rbatch \[#{6}-{18}\] 25% 1\/4 sources, 1 errors/);
    expect(screen).toMatch(/\rbatch \[#{24}\] 100% 4\/4 sources, 4 errors/);
    // What each line finally shows, a carriage return writing over it from the left: the bar is cleared
    // before a result is printed, so no result line keeps a piece of the bar.
    const shown = screen
      .split('\n')
      .map((line) => line.split('\r').reduce((vis, seg) => seg + vis.slice(seg.length), ''));
    const results = shown.filter((l) => /file not found/.test(l));
    expect(results).toHaveLength(4);
    for (const l of results) expect(l).not.toMatch(/batch \[|%/);
  });

  it('refuses a photo or a binary file given as the manifest, in one line, before any row', async () => {
    const photo = join(root, 'gallery.jpg');
    await writeFile(
      photo,
      await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer(),
    );
    const c = captureIo();
    expect(await main(['batch', photo], c.io)).toBe(2);
    expect(c.stderr().trim()).toMatch(/^fairshot: .*gallery\.jpg: is a JPEG photo, not a manifest: [^\n]*$/);
    expect(c.stdout()).toBe('');
  });

  it('says which manifest is missing', async () => {
    const c = captureIo();
    expect(await main(['batch', join(root, 'none.csv')], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/none\.csv: file not found/);
  });
});
