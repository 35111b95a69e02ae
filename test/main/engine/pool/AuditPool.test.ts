import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditPool } from '../../../../main/engine/pool/AuditPool.js';
import { PhotoError } from '../../../../main/engine/input/PhotoError.js';
import { scene, tempDir, writeJpeg } from '../../cli/fixtures.js';

describe('AuditPool', () => {
  let dir: string;
  let before: string;
  let after: string;
  const pool = new AuditPool({ size: 1 });
  beforeAll(async () => {
    dir = await tempDir('fairshot-pool-');
    const img = scene(320, 240, 3);
    before = await writeJpeg(join(dir, 'b.jpg'), img);
    after = await writeJpeg(join(dir, 'a.jpg'), img, { rotate: 3 });
  });
  afterAll(() => pool.close());

  it('audits in a worker thread and streams progress', async () => {
    const stages: string[] = [];
    const r = await pool.run(before, after, {}, { onProgress: (_f, s) => stages.push(s) });
    expect(r.report.alignment.status).toBe('aligned');
    expect(stages[0]).toBe('read');
    expect(stages.at(-1)).toBe('done');
  });

  it('rebuilds bad input as a PhotoError naming the file', async () => {
    const err = await pool.run(before, join(dir, 'gone.jpg')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhotoError);
    expect((err as PhotoError).file).toBe(join(dir, 'gone.jpg'));
    expect((err as PhotoError).message).toMatch(/gone\.jpg: file not found/);
  });

  it('cancels a running job by terminating its worker, then serves the next one', async () => {
    const ac = new AbortController();
    const running = pool.run(
      before,
      after,
      {},
      { signal: ac.signal, onProgress: (f) => f > 0 && ac.abort() },
    );
    await expect(running).rejects.toThrow('cancelled');
    const next = await pool.run(before, after);
    expect(next.report.alignment.status).toBe('aligned');
  });
});
