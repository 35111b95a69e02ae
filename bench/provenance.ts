/**
 * Provenance calibration on the real photos: for each photo, untouched copies and edited ones
 * (bench/lib/provenanceCases.ts) are measured; the photos are split by a seeded shuffle into a tune half
 * (where the thresholds in the detectors' meta.ts were chosen from the printed distributions) and a
 * held-out half, on which each check's caught and false-alarm counts are reported.
 *
 * Then the cost: the end-to-end 12 MP pair (bench/lib/e2ePair.ts) audited in this process with the
 * provenance checks on and off, alternating, as the app's warm worker pays it (no outputs).
 *
 *   node --import tsx bench/provenance.ts [--n 24] [--seed 1] [--runs 5]
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditPair } from '../main/engine/auditPair.js';
import { loadOpenCv } from '../main/engine/opencv.js';
import { cloneCost } from './lib/cloneCost.js';
import { e2ePair } from './lib/e2ePair.js';
import { median } from './lib/e2eMedian.js';
import { parseArgs } from 'node:util';
import { measureProvenance } from '../main/engine/provenance/measureProvenance.js';
import type { Provenance } from '../shared/contract/provenance.js';
import { meta as clone } from '../shared/analysis/detectors/provenance-clone/meta.js';
import { meta as errorLevel } from '../shared/analysis/detectors/provenance-error-level/meta.js';
import { meta as recompressed } from '../shared/analysis/detectors/provenance-recompressed/meta.js';
import { meta as thumbnail } from '../shared/analysis/detectors/provenance-thumbnail/meta.js';
import { createRng } from '../test/tools/createRng.js';
import { photosDir } from './lib/photos.js';
import { provenanceCases, type ProvenanceTarget } from './lib/provenanceCases.js';

type Check = Exclude<ProvenanceTarget, null>;
const CHECKS: Record<Check, { read: (p: Provenance) => number | null; fires: (v: number) => boolean }> = {
  recompressed: {
    read: (p) => p.doubleCompression?.score ?? null,
    fires: (v) => v >= (recompressed.threshold.warning as number),
  },
  errorLevel: {
    read: (p) => p.errorLevel?.score ?? null,
    fires: (v) => v >= (errorLevel.threshold.warning as number),
  },
  clone: { read: (p) => p.copyMove?.score ?? null, fires: (v) => v >= (clone.threshold.warning as number) },
  thumbnail: {
    // The detector also fires on a changed aspect (>= 0.05); folded in as similarity 0.
    read: (p) => (p.thumbnail ? (p.thumbnail.aspectDifference >= 0.05 ? 0 : p.thumbnail.similarity) : null),
    fires: (v) => v <= (thumbnail.threshold.warning as number),
  },
};

interface Row {
  split: 'tune' | 'held-out';
  name: string;
  target: ProvenanceTarget;
  values: Record<Check, number | null>;
}

/** Runs the calibration and prints it; returns false when the photos are absent. */
export async function provenanceBench(n: number, seed: number): Promise<boolean> {
  const dir = photosDir();
  if (!dir) return false;
  const rng = createRng(seed);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jpg')).sort();
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [files[i], files[j]] = [files[j] as string, files[i] as string];
  }
  const chosen = files.slice(0, n);
  const rows: Row[] = [];
  const t0 = Date.now();
  for (const [i, f] of chosen.entries()) {
    const bytes = new Uint8Array(await readFile(join(dir, f)));
    const donor = new Uint8Array(await readFile(join(dir, chosen[(i + 1) % chosen.length] as string)));
    for (const c of await provenanceCases(bytes, donor, createRng(seed, i))) {
      const p = (await measureProvenance({ bytes: c.bytes })).provenance;
      const values = Object.fromEntries(
        Object.entries(CHECKS).map(([k, v]) => [k, v.read(p)]),
      ) as Row['values'];
      rows.push({ split: i % 2 === 0 ? 'tune' : 'held-out', name: c.name, target: c.target, values });
    }
  }
  console.log(
    `\nProvenance: ${chosen.length} photos (seed ${seed}; even = tune, odd = held-out), ${rows.length} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  for (const split of ['tune', 'held-out'] as const) {
    console.log(
      `\n${split}: check: value per case (median [min..max]), then caught / false alarms at the meta.ts threshold`,
    );
    for (const [check, c] of Object.entries(CHECKS) as [Check, (typeof CHECKS)[Check]][]) {
      const mine = rows.filter((r) => r.split === split);
      const names = [...new Set(mine.map((r) => r.name))];
      const parts = names.map((name) => {
        const v = mine
          .filter((r) => r.name === name)
          .map((r) => r.values[check])
          .filter((x): x is number => x !== null)
          .sort((a, b) => a - b);
        if (v.length === 0) return `${name}: -`;
        const f = (x: number) => x.toPrecision(3);
        const fire = v.filter((x) => c.fires(x)).length;
        return `${name}: ${f(v[v.length >> 1] as number)} [${f(v[0] as number)}..${f(v[v.length - 1] as number)}], fires on ${fire}/${v.length}`;
      });
      const edited = mine.filter((r) => r.target === check);
      const clean = mine.filter((r) => r.target === null);
      const caught = edited.filter((r) => r.values[check] !== null && c.fires(r.values[check])).length;
      const fa = clean.filter((r) => r.values[check] !== null && c.fires(r.values[check])).length;
      console.log(`  ${check}: caught ${caught}/${edited.length}, false alarms ${fa}/${clean.length}`);
      for (const p of parts) console.log(`      ${p}`);
    }
  }
  return true;
}

/** Prints the median wall time of a warm audit of the 12 MP pair with and without provenance. */
export async function provenanceTiming(runs: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'fairshot-provenance-'));
  try {
    const pair = await e2ePair(await loadOpenCv(), dir);
    const time = async (provenance: boolean) => {
      const t = performance.now();
      await auditPair(pair.before, pair.after, { provenance });
      return performance.now() - t;
    };
    await time(true); // warm-up: module loads and the wasm
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < runs; i++) {
      on.push(await time(true));
      off.push(await time(false));
    }
    const [a, b] = [median(on), median(off)];
    console.log(
      `\nProvenance cost, 12 MP pair, warm audit without outputs, median of ${runs} alternating runs: ` +
        `with ${(a / 1000).toFixed(2)} s, without ${(b / 1000).toFixed(2)} s, added ${((a - b) / 1000).toFixed(2)} s ` +
        `(${(((a - b) / b) * 100).toFixed(0)}%)`,
    );
    // The clone search alone, on a fresh thread each run (its first run is most of its cost).
    const c = cloneCost(pair.before, pair.after, Math.max(3, 2 * runs - 1));
    if (c)
      console.log(
        `Clone search alone, same pair's 480 px copies, fresh process per run (median of ${Math.max(3, 2 * runs - 1)}): ` +
          `before photo ${c.cpu[0].toFixed(0)} ms CPU / ${c.wall[0].toFixed(0)} ms wall, ` +
          `after photo ${c.cpu[1].toFixed(0)} ms CPU / ${c.wall[1].toFixed(0)} ms wall`,
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '24' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '5' },
    },
  });
  if (!(await provenanceBench(Number(values.n), Number(values.seed))))
    console.log('provenance: ../shared/data/scalp-photos not found; skipped');
  await provenanceTiming(Number(values.runs));
  process.exit(0); // the OpenCV module keeps the event loop alive
}
