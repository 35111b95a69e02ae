import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupFiles } from '../../../../main/engine/batch/groupFiles.js';
import { listImages } from '../../../../main/engine/batch/listImages.js';

describe('grouping a batch folder', () => {
  it('pairs files whose names differ by one before/after word, and keeps the rest as single images', () => {
    const names = [
      'case2 after.jpg',
      'case2 before.jpg',
      'case10-Before.png',
      'case10-After.png',
      'x_pre.webp',
      'x_post.webp',
      'y_b.jpg',
      'y_a.jpg',
      'before clinic 3.jpg',
      'after clinic 3.jpg',
      'gallery.jpg',
      'lonely_before.jpg',
      // Mixed families do not pair: "_b" with "_after" is not clear enough.
      'z_b.jpg',
      'z_after.jpg',
      // Two befores for one after: ambiguous, so all three stay single.
      'w before.jpg',
      'w before.png',
      'w after.jpg',
    ];
    const g = groupFiles(names);
    const pairs = g
      .filter((x) => x.kind === 'pair')
      .map((x) => (x.kind === 'pair' ? [x.label, x.before, x.after] : []));
    expect(pairs).toEqual([
      ['case2', 'case2 before.jpg', 'case2 after.jpg'],
      ['case10', 'case10-Before.png', 'case10-After.png'],
      ['x', 'x_pre.webp', 'x_post.webp'],
      ['y', 'y_b.jpg', 'y_a.jpg'],
      ['clinic 3', 'before clinic 3.jpg', 'after clinic 3.jpg'],
    ]);
    const singles = g.filter((x) => x.kind === 'single').map((x) => (x.kind === 'single' ? x.name : ''));
    expect(singles).toEqual([
      'gallery.jpg',
      'lonely_before.jpg',
      'z_b.jpg',
      'z_after.jpg',
      'w before.jpg',
      'w before.png',
      'w after.jpg',
    ]);
    // Jobs keep the folder's order: each at its first file's place.
    expect(g.map((x) => x.first)).toEqual([...g.map((x) => x.first)].sort((a, b) => a - b));
  });

  it('lists image files in natural order, leaving out others, dot files and subfolders', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fairshot-list-'));
    for (const n of ['case10.jpg', 'case2.JPG', 'case1.heic', 'notes.txt', '.DS_Store', 'manifest.csv'])
      await writeFile(join(dir, n), 'x');
    await mkdir(join(dir, 'sub.jpg'));
    expect(await listImages(dir)).toEqual({ names: ['case1.heic', 'case2.JPG', 'case10.jpg'], skipped: 2 });
  });
});
