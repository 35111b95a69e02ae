/**
 * Fits hair.length's spread of the null (issue 4): how the five strand statistics (mean run, ridge
 * share, band-pass magnitude, ridge ends, along-flow correlation; strandLength.ts, strandStats.ts) change
 * between before and after on pairs that must stay quiet: clean re-shoots, and rendered heads re-drawn
 * with 10-20% fewer or 10-25% more strands and nothing else changed (what a treatment that works does).
 * Prints the mean second moment of the five changes (lengthModel.ts's lengthChange), its inverse (the
 * detector's PRECISION in
 * shared/analysis/detectors/hair-length/lengthModel.ts) and each null pair's distance under it.
 *
 * The rendered heads are seeds 301-320, which no split of bench/hair.ts or bench/hairDensity.ts uses, so
 * the density pairs those benches read are not the ones fitted here. The clean real-photo pairs are the
 * photos of --split tune and holdout that --split final and fresh do not read (new re-shoots of them, on
 * a separate random stream). No haircut or growth case is read: the fit only says what clean re-shoots
 * and density changes look like.
 *
 *   node --import tsx bench/hairLengthFit.ts [--heads 20] [--photos 24] [--size 448] [--json rows.json]
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { RgbImage } from '../shared/analysis/image.js';
import type { HairMeasurements } from '../shared/analysis/hair/types.js';
import { measurePair } from '../shared/analysis/pipeline/measurePair.js';
import { lengthChange } from '../shared/analysis/detectors/hair-length/lengthModel.js';
import type { Cv } from '../shared/analysis/cv.js';
import { loadOpenCv } from '../main/engine/opencv.js';
import { renderScalp } from '../test/tools/renderScalp.js';
import { addNoise, calibShot, reshoot } from './lib/calibPair.js';
import { regRandom } from './lib/regSynth.js';
import { renderBase } from './lib/hairCases.js';
import { photosDir } from './lib/photos.js';
import { jpegRoundTrip, syntheticInfo } from './lib/syntheticPhoto.js';

const { values } = parseArgs({
  options: {
    heads: { type: 'string', default: '20' },
    photos: { type: 'string', default: '24' },
    size: { type: 'string', default: '448' },
    json: { type: 'string' },
  },
});

/** One pair through the measuring half of the pipeline (registration included); null if it did not align. */
async function measure(
  cv: Cv,
  before: RgbImage,
  after: RgbImage,
  rand: () => number,
): Promise<HairMeasurements | null> {
  const u = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const shot = calibShot('clean', u);
  const b = await jpegRoundTrip(addNoise(before, 1.5, rand), 92);
  const a = await jpegRoundTrip(addNoise(reshoot(cv, after, shot, rand), 1.5, rand), shot.quality);
  const { m } = measurePair(
    cv,
    { info: syntheticInfo('b', b), work: b },
    { info: syntheticInfo('a', a), work: a },
    { toolVersion: 'bench' },
  );
  return m.hair ?? null;
}

const cv = await loadOpenCv();
const rows: { name: string; x: number[] }[] = [];
const add = (name: string, h: HairMeasurements | null) => {
  const x = h ? lengthChange(h) : null;
  if (x) rows.push({ name, x });
};
for (let h = 0; h < Number(values.heads); h++) {
  const seed = 301 + h;
  const rand = regRandom(3000 + seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const base = renderBase(seed, Number(values.size), u);
  const before = renderScalp(base);
  for (let k = 0; k < 2; k++) add(`head${seed} clean`, await measure(cv, before, before, rand));
  for (const k of [u(0.8, 0.9), u(0.8, 0.9), u(1.1, 1.25), u(1.1, 1.25)]) {
    const after = renderScalp({ ...base, density: (base.density ?? 30) * k });
    add(`head${seed} density ${k.toFixed(2)}x`, await measure(cv, before, after, rand));
  }
  process.stderr.write(`\rhair length fit: head ${h + 1}/${values.heads}   `);
}
const dir = photosDir();
if (dir) {
  // The photos of bench/hair.ts's tune and holdout splits (odd and even files, the first 24 of each),
  // short of those its final and fresh splits read: those start at the 21st odd and the 31st even file
  // (hair.ts), so at most 20 odd ones. (v4's fit read 24 of each, 4 of them final-split photos.)
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jpg')).sort();
  const n = Number(values.photos);
  const pick = [
    ...files.filter((_, i) => i % 2 === 1).slice(0, Math.min(n, 20)),
    ...files.filter((_, i) => i % 2 === 0).slice(0, Math.min(n, 30)),
  ];
  const rand = regRandom(3999);
  for (let k = 0; k < pick.length; k++) {
    const f = pick[k] as string;
    const { data, info } = await sharp(join(dir, f))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const img: RgbImage = { width: info.width, height: info.height, data: new Uint8Array(data) };
    add(`${f} clean`, await measure(cv, img, img, rand));
    process.stderr.write(`\rhair length fit: photo ${k + 1}/${pick.length}   `);
  }
}
process.stderr.write('\n');

// Mean second moment about zero (a clean pair should read no change, so a bias is part of the spread).
const dims = rows[0]?.x.length ?? 0;
const idx = Array.from({ length: dims }, (_, i) => i);
const S = idx.map((i) => idx.map((j) => rows.reduce((s, r) => s + r.x[i]! * r.x[j]!, 0) / rows.length));
const P = invert(S);
const dist = (x: number[]) =>
  Math.sqrt(x.reduce((s, xi, i) => s + xi * x.reduce((t, xj, j) => t + P[i]![j]! * xj, 0), 0));
const sig = (v: number) => Number(v.toPrecision(4));
console.log(`${rows.length} null pairs (clean re-shoots and density-only changes)`);
console.log(`second moment: ${JSON.stringify(S.map((r) => r.map(sig)))}`);
console.log(`PRECISION = ${JSON.stringify(P.map((r) => r.map(sig)))}`);
const d = rows.map((r) => ({ ...r, d: dist(r.x) })).sort((a, b) => b.d - a.d);
console.log(`distance: max ${d[0]?.d.toFixed(2)}, p95 ${d[Math.floor(0.05 * d.length)]?.d.toFixed(2)}`);
for (const r of d.slice(0, 8))
  console.log(`  ${r.d.toFixed(2)} ${r.name} [${r.x.map((v) => v.toFixed(3)).join(', ')}]`);

if (values.json) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(values.json, JSON.stringify(rows));
}

/** Inverse of a symmetric positive definite matrix (Gauss-Jordan with partial pivoting). */
function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((r, i) => [...r, ...r.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const v = a[c]![c]!;
    for (let j = 0; j < 2 * n; j++) a[c]![j]! /= v;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      for (let j = 0; j < 2 * n; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  return a.map((r) => r.slice(n));
}
