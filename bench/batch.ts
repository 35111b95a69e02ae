/**
 * Batch throughput and memory: a folder of N gallery composites (bench/lib/batchGallery.ts) audited by
 * `fairshot batch FOLDER --jobs 2 --out DIR` in a fresh process, against the peer measured in the same
 * run: the same cases as separate before/after files through `fairshot batch MANIFEST.csv` (no split,
 * the same audits and outputs). Then peak memory for a small and a large folder of small composites, to
 * show whether it grows with the batch.
 *
 *   node --import tsx bench/batch.ts [--n 24] [--mem 100,400] [--quick]
 *
 * It also measures the reuse threshold (bench/lib/batchHashCalibration.ts) on the real photos.
 *
 * Everything is made in a temporary folder and removed afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../main/engine/version.js';
import { REUSE_THRESHOLD } from '../shared/analysis/hash/reuseThreshold.js';
import { batchGallery } from './lib/batchGallery.js';
import { calibrateHash, printHashCalibration } from './lib/batchHashCalibration.js';

export interface BatchRun {
  label: string;
  images: number;
  cases: number;
  wallS: number;
  maxRssMiB: number;
  errors: number;
}

/** Runs bench/lib/batchCli.ts on `input` in a fresh process; wall time, peak RSS and the totals line. */
async function runCli(label: string, input: string, out: string, images: number): Promise<BatchRun> {
  const t0 = Date.now();
  const err: string[] = [];
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(projectRoot(), 'bench', 'lib', 'batchCli.ts'),
      input,
      '--out',
      out,
      '--jobs',
      '2',
    ],
    { cwd: projectRoot(), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr.on('data', (d: Buffer) => err.push(d.toString()));
  const code = await new Promise<number | null>((res) => child.on('exit', res));
  const wallS = (Date.now() - t0) / 1000;
  const text = err.join('');
  const rss = /maxrss-kib (\d+)/.exec(text);
  const totals = /(\d+) cases? audited from \d+ sources?, (\d+) with errors/.exec(text);
  if (code !== 0 || !rss || !totals) throw new Error(`${label}: exited ${code}: ${text.slice(-500)}`);
  return {
    label,
    images,
    cases: Number(totals[1]),
    errors: Number(totals[2]),
    wallS,
    maxRssMiB: Number(rss[1]) / 1024,
  };
}

export async function benchBatch(options: { n: number; mem: number[]; hashPhotos: number }): Promise<void> {
  const calib = await calibrateHash(options.hashPhotos);
  if (calib) printHashCalibration(calib, REUSE_THRESHOLD);
  else console.log('reuse threshold: ../shared/data/scalp-photos not found; skipped');
  const root = await mkdtemp(join(tmpdir(), 'fairshot-bench-batch-'));
  try {
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    // --n 0: only the memory part.
    if (options.n > 0) {
      const g = await batchGallery(join(root, 'main'), options.n);
      console.log(
        `${options.n} composites of two 480x360 panels (${g.source}), --jobs 2, --out (every output)`,
      );
      const runs = [
        await runCli('FOLDER of composites', g.gallery, join(root, 'out-gallery'), options.n),
        await runCli('peer: MANIFEST of pairs', g.manifest, join(root, 'out-pairs'), 2 * options.n),
      ];
      console.log(
        'run                        images  cases  errors   wall s  images/min  cases/min  peak RSS MiB',
      );
      for (const r of runs) {
        console.log(
          `${r.label.padEnd(26)} ${String(r.images).padStart(6)} ${String(r.cases).padStart(6)} ${String(r.errors).padStart(7)} ${r.wallS.toFixed(1).padStart(8)} ${((r.images / r.wallS) * 60).toFixed(1).padStart(11)} ${((r.cases / r.wallS) * 60).toFixed(1).padStart(10)} ${r.maxRssMiB.toFixed(0).padStart(13)}`,
        );
      }
    }
    if (options.mem.length) {
      console.log('\npeak memory against batch size (composites of two 160x120 panels, --jobs 2, --out):');
      for (const m of options.mem) {
        const s = await batchGallery(join(root, `mem${m}`), m, 160, 120);
        const r = await runCli(`${m} composites`, s.gallery, join(root, `out-mem${m}`), m);
        console.log(
          `  ${String(m).padStart(5)} composites: peak RSS ${r.maxRssMiB.toFixed(0)} MiB, ${r.cases} cases, ${r.errors} errors, ${r.wallS.toFixed(0)} s (${((r.images / r.wallS) * 60).toFixed(0)} images/min)`,
        );
        await rm(join(root, `mem${m}`), { recursive: true, force: true });
        await rm(join(root, `out-mem${m}`), { recursive: true, force: true });
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { n: { type: 'string' }, mem: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const n = Number(values.n ?? (values.quick ? 6 : 24));
  const hashPhotos = values.quick ? 12 : Infinity;
  const mem = (values.mem ?? (values.quick ? '' : '100,400')).split(',').filter(Boolean).map(Number);
  await benchBatch({ n, mem, hashPhotos });
}
