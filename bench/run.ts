/**
 * `npm run bench`: every benchmark, in order, each printing its own table. It reports; it does not gate
 * (exit 0 whatever the numbers say, and a part that crashes is reported and skipped).
 *
 *   npm run bench -- [--only registration|calibration|e2e|provenance|batch|composite|coverage|ui] [--quick] [--runs N]
 *
 * --quick: 20 + 10 registration pairs, 2 calibration pairs per flag and 10 clean, 1 end-to-end run,
 * 6 batch composites and the reuse threshold on 12 photos, coverage on 2 heads and 2 photos.
 * Writes nothing into the repository.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../main/engine/version.js';
import type * as Calibrate from './calibrate.js';
import { endToEnd, printEndToEnd } from './endToEnd.js';

const PARTS = [
  'registration',
  'calibration',
  'e2e',
  'provenance',
  'batch',
  'composite',
  'coverage',
  'ui',
] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
  },
});
const only = values.only;
if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
  console.error(`bench: --only expects one of ${PARTS.join(', ')}, got "${only}"`);
  process.exit(2);
}
const quick = values.quick;
const root = projectRoot();

/** bench/registration.ts runs itself on import and exports nothing, so it runs as a child process. */
async function registration(): Promise<void> {
  const args = quick ? ['--n', '20', '--mismatch', '10'] : ['--n', '100'];
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'registration.ts'), ...args],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error(`bench/registration.ts exited with ${r.status ?? r.signal}`);
}

async function calibration(): Promise<void> {
  const mod: typeof Calibrate = await import('./calibrate.js');
  const res = await mod.calibrate(
    quick
      ? { perFlag: 2, seed: 7, jobs: 2, split: 'all', clean: 10 }
      : { perFlag: 12, seed: 7, jobs: 2, split: 'all', clean: 0 },
  );
  if (!res) console.log('\nFlag calibration: ../shared/data/scalp-photos not found; skipped');
  else mod.printCalibration(res);
}

async function e2e(): Promise<void> {
  const runs = values.runs !== undefined ? Number(values.runs) : quick ? 1 : 3;
  if (!(Number.isInteger(runs) && runs > 0))
    throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
  // endToEnd() builds dist/ first when it is missing or older than the sources, and says so.
  printEndToEnd(await endToEnd({ runs }));
}

/** Provenance checks on edited and untouched copies of the real photos (bench/provenance.ts). */
async function provenance(): Promise<void> {
  const mod = await import('./provenance.js');
  if (!(await mod.provenanceBench(quick ? 8 : 40, 1)))
    console.log('provenance: ../shared/data/scalp-photos not found; skipped');
  await mod.provenanceTiming(quick ? 2 : 5);
}

/** bench/batch.ts: FOLDER of composites against a MANIFEST of the same pairs, memory by size, reuse threshold. */
async function batch(): Promise<void> {
  const { benchBatch } = await import('./batch.js');
  await benchBatch(
    quick ? { n: 6, mem: [], hashPhotos: 12 } : { n: 24, mem: [100, 400], hashPhotos: Infinity },
  );
}

async function composite(): Promise<void> {
  await (await import('./composite.js')).compositeBench({ quick });
}

/** bench/coverage.ts: the coverage change's stated uncertainty against its spread on clean re-shoots. */
async function coverage(): Promise<void> {
  const { coverageBench, printCoverageBench } = await import('./coverage.js');
  const n = quick ? { heads: 2, photos: 2, shots: 3 } : { heads: 8, photos: 10, shots: 5 };
  printCoverageBench(await coverageBench({ split: 'check', size: 448, ...n }));
}

/** bench/ui.ts: the UI's longest main-thread tasks with a 12 MP pair in Chromium, the sample pair beside it. */
async function ui(): Promise<void> {
  const { uiBench, printUiBench } = await import('./ui.js');
  const runs = values.runs !== undefined ? Number(values.runs) : quick ? 1 : 5;
  if (!(Number.isInteger(runs) && runs > 0))
    throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
  const res = await uiBench({ runs });
  if (!res) console.log('ui: /usr/bin/chromium not found; skipped');
  else printUiBench(res);
}

const run: Record<Part, () => Promise<void>> = {
  registration,
  calibration,
  e2e,
  provenance,
  batch,
  composite,
  coverage,
  ui,
};
for (const part of PARTS) {
  if (only !== undefined && only !== part) continue;
  const t0 = Date.now();
  console.log(`\n== ${part}${quick ? ' (quick)' : ''} ==`);
  try {
    await run[part]();
  } catch (err) {
    console.log(`${part}: FAILED: ${err instanceof Error ? err.message : String(err)}`);
  }
  console.log(`(${part}: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
process.exitCode = 0;
