/**
 * The UI's main thread while a pair is analysed and its result arrives: `fairshot serve` with a
 * 12-megapixel pair (bench/lib/e2ePair.ts) named on its command line, Debian's Chromium opening its URL.
 * Long tasks come from the page's own PerformanceObserver ('longtask'), split into page load, analysis
 * and result arrival; one more traced visit per pair says what each long task was made of. Target: no
 * task over 50 ms. There is no native peer for a UI: the bundled sample pair is measured in the same run,
 * alternating with the 12 MP pair, as the comparison. The page is driven over a bare CDP pipe with no
 * inspector domain on (lib/uiCdp.ts: Playwright's Runtime.enable makes React DOM's evaluation cost 50 ms
 * more); `--inspector` turns it on to measure what an attached DevTools adds.
 *
 *   node --import tsx bench/ui.ts [--runs 3] [--no-trace] [--keep] [--inspector]
 *   npm run bench -- --only ui [--quick] [--runs N]
 *
 * Every visit is a fresh browser (no code cache, no image cache). Nothing is written into the repository.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadOpenCv } from '../main/engine/opencv.js';
import { projectRoot } from '../main/engine/version.js';
import { CHROMIUM } from '../test/e2e/harness.js';
import { e2eEnsureBuilt } from './lib/e2eBuild.js';
import { e2ePair } from './lib/e2ePair.js';
import { uiEnsureBuilt } from './lib/uiBuild.js';
import type { UiFigures, UiPhase } from './lib/uiPhases.js';
import { UI_TARGET_MS, uiFigures, uiPhaseOf } from './lib/uiPhases.js';
import { printUiBench } from './lib/uiPrint.js';
import { uiRun } from './lib/uiRun.js';
import { uiServe } from './lib/uiServe.js';
import type { UiTracedTask } from './lib/uiTrace.js';
import { uiTraceTasks } from './lib/uiTrace.js';

export { printUiBench };

export interface UiBenchOptions {
  /** Measured visits per pair. @default 3 */
  runs?: number;
  /** One more traced visit per pair, for attribution. @default true */
  trace?: boolean;
  /** Leave the temporary folder with the 12 MP pair in place. @default false */
  keep?: boolean;
  /** Visit with the inspector's Runtime domain on, as Playwright and DevTools do. @default false */
  inspector?: boolean;
}

export interface UiPairResult {
  name: string;
  detail: string;
  figures: UiFigures[];
  failures: string[];
  /** The display renders one visit fetched: how many, and their bytes. */
  images: { count: number; bytes: number } | null;
  /** The traced visit's long tasks with their phase, or why there are none. */
  traced: { phase: UiPhase; task: UiTracedTask }[] | string;
  /** The traced visit's largest main-thread CPU time of any one task, per phase, ms (null: no trace). */
  tracedCpu: Record<UiPhase, number> | null;
}

export interface UiBenchResult {
  pairs: UiPairResult[];
  build: string;
  runs: number;
  /** Whether the visits had the inspector's Runtime domain on. */
  inspector: boolean;
  cores: number;
  loadBefore: number[];
  loadAfter: number[];
}

/** Measures both pairs `runs` times in alternating order, then traces one visit of each. */
export async function uiBench(opts: UiBenchOptions = {}): Promise<UiBenchResult | null> {
  if (!existsSync(CHROMIUM)) return null;
  const runs = Math.max(1, Math.floor(opts.runs ?? 3));
  const root = projectRoot();
  const build = `${e2eEnsureBuilt(root)}; ${uiEnsureBuilt(root)}`;
  const dir = await mkdtemp(join(tmpdir(), 'fairshot-ui-'));
  try {
    process.stderr.write('ui: making the 12 MP pair\n');
    const pair = await e2ePair(await loadOpenCv(), dir);
    const [bb, ab] = await Promise.all([stat(pair.before), stat(pair.after)]);
    const specs = [
      {
        name: '12 MP pair',
        detail: `${pair.width}x${pair.height}, ${(bb.size / 1e6).toFixed(1)} + ${(ab.size / 1e6).toFixed(1)} MB JPEG, named on fairshot serve`,
        files: { before: pair.before, after: pair.after },
      },
      { name: 'sample pair', detail: 'assets/samples, opened by fairshot serve on first start', files: null },
    ];
    const results: UiPairResult[] = specs.map((s) => ({
      name: s.name,
      detail: s.detail,
      figures: [],
      failures: [],
      images: null,
      traced: 'not traced',
      tracedCpu: null,
    }));
    const loadBefore = loadavg();
    const servers = await Promise.all(specs.map((s) => uiServe(root, s.files)));
    try {
      for (let i = 0; i < runs; i++) {
        // Alternate so that neither pair always goes first.
        const order = i % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) {
          const res = results[k] as UiPairResult;
          process.stderr.write(`\rui: run ${i + 1}/${runs} ${res.name.padEnd(12)}`);
          try {
            const run = await uiRun((servers[k] as { url: string }).url, { inspector: opts.inspector });
            res.figures.push(uiFigures(run));
            res.images ??= { count: run.images.length, bytes: run.images.reduce((a, b) => a + b.bytes, 0) };
          } catch (e) {
            res.failures.push(e instanceof Error ? e.message : String(e));
          }
        }
      }
      if (opts.trace ?? true) {
        for (const [k, res] of results.entries()) {
          process.stderr.write(`\rui: traced visit, ${res.name.padEnd(20)}`);
          try {
            const run = await uiRun((servers[k] as { url: string }).url, {
              trace: true,
              inspector: opts.inspector,
            });
            const tasks = uiTraceTasks(run.trace ?? '{"traceEvents":[]}', 0);
            const cpu: Record<UiPhase, number> = { load: 0, analysis: 0, arrival: 0 };
            for (const t of tasks) {
              const phase = uiPhaseOf(run, t.start);
              cpu[phase] = Math.max(cpu[phase], t.cpu ?? 0);
            }
            res.tracedCpu = cpu;
            res.traced = tasks
              .filter((t) => t.duration >= UI_TARGET_MS)
              .map((task) => ({ phase: uiPhaseOf(run, task.start), task }));
          } catch (e) {
            res.traced = `the traced visit failed: ${e instanceof Error ? e.message : String(e)}`;
          }
        }
      }
      process.stderr.write('\r'.padEnd(40) + '\r');
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    if (opts.keep) process.stderr.write(`ui: kept ${dir}\n`);
    return {
      pairs: results,
      build,
      runs,
      inspector: opts.inspector ?? false,
      cores: cpus().length,
      loadBefore,
      loadAfter: loadavg(),
    };
  } finally {
    if (!opts.keep) await rm(dir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'no-trace': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      inspector: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs > 0))
    throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
  const res = await uiBench({
    runs,
    trace: !values['no-trace'],
    keep: values.keep,
    inspector: values.inspector,
  });
  if (!res) console.log(`ui: ${CHROMIUM} not found; skipped`);
  else printUiBench(res);
}
