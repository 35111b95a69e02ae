/**
 * Resume: a batch killed midway (SIGKILL, no chance to clean up) and run again with the same --out
 * redoes only what was not finished, and its summary has every case.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/index.js';
import { TEMP_PREFIX } from '../../../main/engine/atomicWrite.js';
import { caseFolderName } from '../../../main/engine/batch/caseFolderName.js';
import { JOURNAL_NAME } from '../../../main/engine/batch/Journal.js';
import { splitCsvLine } from '../../../main/engine/batch/readManifest.js';
import { projectRoot } from '../../../main/engine/version.js';
import { captureIo, scene, tempDir, writeJpeg } from './fixtures.js';

const PAIRS = 6;

/** Complete journal lines (a kill may tear the last one) and the case folders they name. */
async function journaled(out: string): Promise<string[]> {
  const text = await readFile(join(out, JOURNAL_NAME), 'utf8').catch(() => '');
  const dirs: string[] = [];
  for (const line of text.split('\n')) {
    try {
      for (const row of (JSON.parse(line) as { rows: Array<{ dir: string | null }> }).rows)
        if (row.dir) dirs.push(row.dir);
    } catch {
      // torn or empty line
    }
  }
  return dirs;
}

describe('fairshot batch resume', () => {
  it('skips the cases a killed run finished, redoes the rest, and summarizes all', async () => {
    const root = await tempDir('fairshot-resume-');
    const dir = join(root, 'in');
    const out = join(root, 'out');
    await mkdir(dir);
    for (let i = 1; i <= PAIRS; i++) {
      const img = scene(256, 192, 40 + i);
      await writeJpeg(join(dir, `p${i} before.jpg`), img);
      await writeJpeg(join(dir, `p${i} after.jpg`), img, { rotate: 3, date: '2026:06:01 10:00:00' });
    }
    // One worker, so the cases finish one by one and the kill lands between them.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(projectRoot(), 'bench', 'lib', 'batchCli.ts'),
        dir,
        '--out',
        out,
        '--jobs',
        '1',
      ],
      {
        cwd: projectRoot(),
        stdio: 'ignore',
      },
    );
    const exited = new Promise((res) => child.on('exit', res));
    const deadline = Date.now() + 120_000;
    while ((await journaled(out)).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await exited;
    const done = await journaled(out);
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.length).toBeLessThan(PAIRS);
    // A killed run leaves no summary: it is assembled only at the end.
    expect(await stat(join(out, 'summary.csv')).catch(() => null)).toBeNull();
    const mtimes = await Promise.all(
      done.map(async (d) => (await stat(join(out, d, 'report.json'))).mtimeMs),
    );
    // What a kill between writing an output and renaming it leaves: half-written temporaries in an
    // unfinished case's folder and beside the summaries. The re-run must not keep them.
    const unfinished = join(out, caseFolderName(PAIRS - 1, `p${PAIRS}`));
    await mkdir(unfinished, { recursive: true });
    await writeFile(join(unfinished, `${TEMP_PREFIX}0a1b2c3d4e5f-flicker.gif`), 'GIF89a');
    await writeFile(join(out, `${TEMP_PREFIX}0a1b2c3d4e5f-summary.html`), '<!doctype html>');

    const c = captureIo();
    expect(await main(['batch', dir, '--out', out, '--jobs', '2'], c.io)).toBe(0);
    expect(c.stderr()).toContain(`${done.length} sources resumed from an earlier run`);
    expect(c.stderr()).toMatch(new RegExp(`${PAIRS} cases audited from ${PAIRS} sources, 0 with errors`));
    // Finished cases were not redone: their reports are the very files the first run wrote.
    const after = await Promise.all(done.map(async (d) => (await stat(join(out, d, 'report.json'))).mtimeMs));
    expect(after).toEqual(mtimes);
    const left = (await readdir(out, { recursive: true })).filter((f) => f.includes(TEMP_PREFIX));
    expect(left).toEqual([]);
    const csv = (await readFile(join(out, 'summary.csv'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => splitCsvLine(l) ?? []);
    expect(csv.map((r) => r[1])).toEqual(Array.from({ length: PAIRS }, (_, i) => `p${i + 1}`));
    expect(csv.every((r) => r[4] !== 'error' && r[5] !== '')).toBe(true);
    const html = await readFile(join(out, 'summary.html'), 'utf8');
    expect(html.match(/<tr data-verdict=/g)).toHaveLength(PAIRS);
    expect(html.match(/<img src="data:/g)).toHaveLength(2 * PAIRS);
  }, 240_000);
});
