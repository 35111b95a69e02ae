/**
 * Where one audit's time goes, stage by stage, in a fresh process:
 *
 *   node --import tsx bench/lib/e2eStages.ts BEFORE AFTER [OUTDIR]
 *
 * The same calls as main/engine/auditPair.ts, made one after the other (auditPair reads both photos at
 * once) so that each stage gets its own clock. It times the engine; it is not a second pipeline, and
 * the benchmark's headline times come from the real command (bin/fairshot.js), not from here. Last, a
 * second whole auditPair in the same process: the per-pair cost once Node and the wasm are warm.
 * Prints one JSON object of milliseconds.
 */
import { performance } from 'node:perf_hooks';

const tStart = performance.now();
const [beforePath, afterPath, outDir] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  process.stderr.write('usage: node --import tsx bench/lib/e2eStages.ts BEFORE AFTER [OUTDIR]\n');
  process.exit(2);
}
const ms: Record<string, number> = {};
// Node's own start, before this module ran: performance.now() counts from the process' time origin.
ms.nodeStart = tStart;
let t = performance.now();
const [{ readPhoto }, { loadOpenCv }, { analyzePair }, { writeOutputs }, { toolVersion }, { auditPair }] =
  await Promise.all([
    import('../../main/engine/input/readPhoto.js'),
    import('../../main/engine/opencv.js'),
    import('../../shared/analysis/pipeline/analyzePair.js'),
    import('../../main/engine/outputs/writeOutputs.js'),
    import('../../main/engine/version.js'),
    import('../../main/engine/auditPair.js'),
  ]);
const lap = (name: string): void => {
  const now = performance.now();
  ms[name] = now - t;
  t = now;
};
lap('imports (tsx)');
const before = await readPhoto(beforePath);
lap('read before');
const after = await readPhoto(afterPath);
lap('read after');
const cv = await loadOpenCv();
lap('wasm load');
const analysis = analyzePair(cv, before, after, { toolVersion: toolVersion() });
lap('analyze');
for (const [k, v] of Object.entries(analysis.report.timingsMs)) ms[`analyze.${k}`] = v;
if (outDir) {
  const [b, a] = await Promise.all([before.full(2048), after.full(2048)]);
  lap('decode 2048');
  await writeOutputs(
    cv,
    outDir,
    {
      report: analysis.report,
      before: b,
      after: a,
      afterToBefore: analysis.afterToBefore,
      correction: analysis.correction,
    },
    { maxSide: 2048 },
  );
  lap('write outputs');
  // Once more without the two animations, to show what the flicker GIF and WebP cost.
  await writeOutputs(
    cv,
    `${outDir}-noflicker`,
    {
      report: analysis.report,
      before: b,
      after: a,
      afterToBefore: analysis.afterToBefore,
      correction: analysis.correction,
    },
    { maxSide: 2048, gif: false, webp: false },
  );
  lap('write outputs without flicker');
}
// What the app, the server or a batch pays per pair once the process is up and the wasm is loaded.
t = performance.now();
await auditPair(beforePath, afterPath);
lap('warm auditPair');
ms.process = performance.now();
process.stdout.write(`${JSON.stringify(ms)}\n`);
