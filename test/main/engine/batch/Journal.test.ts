import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRow, JobRecord } from '../../../../main/engine/batch/batchTypes.js';
import { Journal } from '../../../../main/engine/batch/Journal.js';

const row = (job: number, label: string): CaseRow => ({
  job,
  part: 0,
  label,
  before: `/p/${label} before.jpg`,
  after: `/p/${label} after.jpg`,
  panels: null,
  verdict: { label: 'caution', score: 70 },
  flags: ['light.exposure:warn'],
  error: null,
  dir: `000${job + 1}-${label}`,
  thumbs: null,
  hashes: { before: ['0123456789abcdef'], after: ['fedcba9876543210'] },
});

describe('the resume journal', () => {
  it('keeps records across reopening, ignores a line torn by a kill, and appends after it cleanly', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'fairshot-journal-')), 'j.ndjson');
    const a: JobRecord = { key: 'a'.repeat(64), rows: [row(0, 'ünïcode')] };
    const b: JobRecord = { key: 'b'.repeat(64), rows: [row(1, 'two')] };
    let j = await Journal.open(path);
    expect(j.has(a.key)).toBe(false);
    await Promise.all([j.append(a), j.append(b)]);
    expect(await j.get(b.key)).toEqual(b);
    await j.close();
    // A kill in the middle of a write leaves half a line without its newline.
    await appendFile(path, '{"key":"cccc","rows":[{"job":2,"lab');
    j = await Journal.open(path);
    expect([j.has(a.key), j.has(b.key), j.has('cccc')]).toEqual([true, true, false]);
    expect(await j.get(a.key)).toEqual(a);
    const c: JobRecord = { key: 'c'.repeat(64), rows: [row(2, 'three')] };
    await j.append(c);
    await j.close();
    j = await Journal.open(path);
    expect(await j.get(c.key)).toEqual(c);
    expect(await j.get(a.key)).toEqual(a);
    await j.close();
    expect(
      (await readFile(path, 'utf8')).split('\n').filter((l) => l.startsWith('{"key":"cccc"')),
    ).toHaveLength(1);
  });
});
