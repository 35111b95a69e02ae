import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/index.js';
import { splitCsvLine } from '../../../main/engine/batch/readManifest.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { captureIo, scene, tempDir, writeJpeg } from './fixtures.js';

/** Two photos side by side on white, with a gap and a border: the simplest gallery composite. */
async function writeComposite(path: string, left: RgbImage, right: RgbImage): Promise<void> {
  const raw = (img: RgbImage) => ({ raw: { width: img.width, height: img.height, channels: 3 as const } });
  const gap = 24;
  const border = 16;
  await sharp({
    create: {
      width: left.width + right.width + gap + 2 * border,
      height: left.height + 2 * border,
      channels: 3,
      background: '#ffffff',
    },
  })
    .composite([
      { input: Buffer.from(left.data), ...raw(left), left: border, top: border },
      { input: Buffer.from(right.data), ...raw(right), left: border + left.width + gap, top: border },
    ])
    .jpeg({ quality: 90 })
    .toFile(path);
}

describe('fairshot batch FOLDER', () => {
  let dir: string;
  let out: string;
  let stderr: string;
  let code: number;
  beforeAll(async () => {
    const root = await tempDir('fairshot-batchdir-');
    dir = join(root, 'gallery');
    out = join(root, 'out');
    await mkdir(dir);
    const shared = scene(320, 240, 9);
    const other = scene(320, 240, 31);
    await writeJpeg(join(dir, 'c1 before.jpg'), shared);
    await writeJpeg(join(dir, 'c1 after.jpg'), shared, { rotate: 4, date: '2026:09:01 10:00:00' });
    // The gallery reuses c1's before photo as the before of another case.
    await writeComposite(join(dir, 'gallery.jpg'), shared, other);
    await writeFileText(join(dir, 'broken.jpg'), 'not a photo');
    await writeFileText(join(dir, 'notes.txt'), 'left out');
    const c = captureIo();
    code = await main(['batch', dir, '--out', out, '--jobs', '2'], c.io);
    stderr = c.stderr();
  }, 180_000);

  it('audits pairs by name and composites, with an error row for an unreadable file', async () => {
    expect(code).toBe(0);
    const csv = (await readFile(join(out, 'summary.csv'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => splitCsvLine(l) ?? []);
    expect(csv[0]).toEqual([
      'index',
      'label',
      'before',
      'after',
      'verdict',
      'score',
      'flags',
      'error',
      'reused',
      'panels',
      'folder',
    ]);
    const byLabel = new Map(csv.slice(1).map((r) => [r[1], r]));
    expect([...byLabel.keys()]).toEqual(['broken.jpg', 'c1', 'gallery.jpg']);
    expect(byLabel.get('broken.jpg')?.[4]).toBe('error');
    expect(byLabel.get('broken.jpg')?.[7]).toMatch(/broken\.jpg: .*not an image/);
    const c1 = byLabel.get('c1') as string[];
    expect(c1[4]).toMatch(/comparable|caution/);
    expect(c1[10]).toBe('0002-c1');
    const g = byLabel.get('gallery.jpg') as string[];
    expect(g[9]).toBe('gallery.jpg#1>2');
    expect(await readFile(join(out, '0002-c1', 'report.json'), 'utf8')).toMatch(/"label": ?"c1"/);
    expect(stderr).toMatch(/1 file in .* left out: not images by name/);
    expect(stderr).toMatch(/3 cases audited from 3 sources, 1 with errors/);
  });

  it('finds the photo reused across two cases and says so in both summaries and on stderr', async () => {
    expect(stderr).toMatch(/reused photo: case 2 before is the same photo as case 3 before/);
    const csv = (await readFile(join(out, 'summary.csv'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => splitCsvLine(l) ?? []);
    // c1's after is its before turned 4 degrees: the same photo edited, so it matches as well. Within c1
    // the two are not reported (that is pair.duplicate's business), across cases they are.
    expect(csv[2]?.[8]).toBe('before = case 3 before; after = case 3 before');
    expect(csv[3]?.[8]).toBe('before = case 2 before; before = case 2 after');
    const html = await readFile(join(out, 'summary.html'), 'utf8');
    expect(html).toMatch(/Photos used more than once \(2\)/);
  });

  it('writes a self-contained summary.html: no outside resource, metadata-free thumbnails, sorting and a filter', async () => {
    const html = await readFile(join(out, 'summary.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/|file:)/);
    const srcs = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(srcs).toHaveLength(4);
    for (const src of srcs) {
      expect(src).toMatch(/^data:image\/jpeg;base64,/);
      const meta = await sharp(Buffer.from(src.split(',')[1] as string, 'base64')).metadata();
      // The photos carry EXIF (camera, dates); thumbnails must carry none of it.
      expect([meta.exif, meta.icc, meta.xmp, Math.max(meta.width, meta.height)]).toEqual([
        undefined,
        undefined,
        undefined,
        160,
      ]);
    }
    expect(html).toMatch(/<select id="filter">/);
    expect(html).toMatch(/addEventListener\('click'/);
    expect(html).toMatch(/<a href="0002-c1\/report.html">2<\/a>/);
    expect(html).toMatch(/broken\.jpg: [^<]*not an image/);
  });
});

async function writeFileText(path: string, text: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, text);
}
