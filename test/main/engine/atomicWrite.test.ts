import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_PREFIX, writeFileAtomic } from '../../../main/engine/atomicWrite.js';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fairshot-atomic-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes text and bytes, replaces an existing file, and leaves no temporary file', async () => {
    const path = join(dir, 'report.json');
    await writeFileAtomic(path, '{"a":1}');
    expect(await readFile(path, 'utf8')).toBe('{"a":1}');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    expect((await readdir(dir)).filter((f) => f.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('lets a concurrent reader see the old content or all of the new, never a part', async () => {
    const path = join(dir, 'big.bin');
    const old = new Uint8Array(1000).fill(7);
    const next = new Uint8Array(8 * 1024 * 1024).fill(9);
    await writeFile(path, old);
    let writing = true;
    const seen = new Set<number>();
    const reader = (async () => {
      while (writing) seen.add((await readFile(path)).length);
    })();
    await writeFileAtomic(path, next);
    writing = false;
    await reader;
    seen.add((await readFile(path)).length);
    expect([...seen].every((n) => n === old.length || n === next.length)).toBe(true);
    expect(seen.has(next.length)).toBe(true);
  });

  it('on failure removes its temporary file and leaves the target as it was', async () => {
    // A folder in the target's place makes the final rename fail after the data was written.
    const target = join(dir, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, 'new content')).rejects.toThrow();
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).filter((f) => f.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
});
