import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_PREFIX } from '../../../../main/engine/atomicWrite.js';
import { clearStaleTemps } from '../../../../main/engine/batch/clearStaleTemps.js';

describe('clearStaleTemps', () => {
  it('removes our temporaries to the depth asked, and nothing else', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fairshot-stale-'));
    await mkdir(join(root, 'pair-1', 'deeper'), { recursive: true });
    const temp = `${TEMP_PREFIX}0a1b2c3d4e5f-report.json`;
    for (const d of ['', 'pair-1', 'pair-1/deeper']) {
      await writeFile(join(root, d, temp), 'half');
      await writeFile(join(root, d, 'report.json'), '{}');
      await writeFile(join(root, d, '.fairshot-batch-journal.ndjson'), '');
    }
    expect(await clearStaleTemps(root, 1)).toBe(2);
    expect((await readdir(root)).sort()).toEqual(['.fairshot-batch-journal.ndjson', 'pair-1', 'report.json']);
    expect((await readdir(join(root, 'pair-1'))).sort()).toEqual([
      '.fairshot-batch-journal.ndjson',
      'deeper',
      'report.json',
    ]);
    // Below the depth asked: left alone.
    expect(await readdir(join(root, 'pair-1', 'deeper'))).toContain(temp);
    expect(await clearStaleTemps(join(root, 'absent'))).toBe(0);
  });
});
