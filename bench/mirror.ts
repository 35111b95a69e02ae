/**
 * Mirrored photos on real scalp photos: what registration makes of a careful re-shoot (as in
 * bench/calibrate.ts) and of the same re-shoot flipped left to right, the way a front camera saves it.
 * For each photo it registers the clean re-shoot and the mirrored one as they are (registerPair) and the
 * mirrored one as the product does (registerEitherWay), and prints how often the mirror image "aligns"
 * as it is (a wrong alignment: nothing but a flip relates the two), the verification band of each kind,
 * and how many mirrored re-shoots the product finds flipped back, within 0.5% of the diagonal.
 *
 *   node --import tsx bench/mirror.ts [--n 107] [--seed 3] [--csv /tmp/mirror.csv]
 *
 * Writes nothing into the repository.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOpenCv } from '../main/engine/opencv.js';
import { toGray } from '../shared/analysis/image.js';
import { mirrorGray } from '../shared/analysis/register/mirrorGray.js';
import { registerEitherWay } from '../shared/analysis/register/registerEitherWay.js';
import type { Registration } from '../shared/analysis/register/registerPair.js';
import { registerPair } from '../shared/analysis/register/registerPair.js';
import { compose, meanCornerError, mirroring } from '../shared/geometry/homography.js';
import { addNoise, calibShot, reshoot } from './lib/calibPair.js';
import { photosDir } from './lib/photos.js';
import { regLoadRgb, regRandom, regShotHomography, regTruth } from './lib/regSynth.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '107' },
    seed: { type: 'string', default: '3' },
    csv: { type: 'string' },
  },
});

interface Row {
  photo: string;
  clean: Registration;
  cleanErr: number | null;
  asIs: Registration;
  either: Registration;
  mirrored: boolean;
  eitherErr: number | null;
  ms: number;
}

const band = (r: Registration): number => r.evidence?.band ?? Number.NaN;
const fmt = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '  - ');

async function main(): Promise<void> {
  const dir = photosDir();
  if (!dir) {
    console.log('mirror bench: ../shared/data/scalp-photos is absent; nothing to measure.');
    return;
  }
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.jpg'))
    .sort()
    .slice(0, Number(values.n));
  const cv = await loadOpenCv();
  const rand = regRandom(Number(values.seed));
  const u = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const rows: Row[] = [];
  const t0 = Date.now();
  for (const f of files) {
    const src = await regLoadRgb(join(dir, f));
    const shot = calibShot('clean', u);
    const before = toGray(addNoise(src, 1.5, rand));
    const after = toGray(addNoise(reshoot(cv, src, shot, rand), 1.5, rand));
    const flipped = mirrorGray(after);
    const truth = regTruth(regShotHomography({ ...shot, ev: 0, quality: 90 }, src.width, src.height));
    const flip = mirroring<'afterWork', 'afterWork'>(src.width);
    const diag = Math.hypot(src.width, src.height);
    const err = (r: Registration, t: typeof truth) =>
      r.matrix ? meanCornerError(r.matrix, t, src.width, src.height) / diag : null;
    const t = performance.now();
    const clean = registerPair(cv, before, after);
    const asIs = registerPair(cv, before, flipped);
    const either = registerEitherWay(cv, before, flipped);
    const ms = performance.now() - t;
    const row: Row = {
      photo: f,
      clean,
      cleanErr: err(clean, truth),
      asIs,
      either: either.reg,
      mirrored: either.mirrored !== null,
      eitherErr: err(either.reg, compose(flip, truth)),
      ms,
    };
    rows.push(row);
    process.stderr.write(
      `${f.padEnd(18)} clean ${clean.status.padEnd(7)} conf ${clean.confidence.toFixed(2)} band ${fmt(band(clean))} | ` +
        `mirror as is ${asIs.status.padEnd(7)} conf ${asIs.confidence.toFixed(2)} band ${fmt(band(asIs))} | ` +
        `product ${row.mirrored ? 'flipped back' : either.reg.status} err ${row.eitherErr === null ? '-' : (100 * row.eitherErr).toFixed(2) + '%'}\n`,
    );
  }
  const n = rows.length;
  const alignedAsIs = rows.filter((r) => r.asIs.status === 'aligned');
  const found = rows.filter((r) => r.mirrored && (r.eitherErr ?? 1) <= 0.005).length;
  const wrong = rows.filter((r) => r.either.status === 'aligned' && (r.eitherErr ?? 1) > 0.005);
  const cleanBands = rows
    .filter((r) => r.clean.status === 'aligned')
    .map((r) => band(r.clean))
    .sort((a, b) => a - b);
  const q = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(p * a.length))] ?? Number.NaN;
  console.log(`\nMirrored re-shoots of ${n} real photos in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(
    `  clean re-shoots aligned                         ${rows.filter((r) => r.clean.status === 'aligned').length}/${n}, band p1 ${fmt(q(cleanBands, 0.01))} p5 ${fmt(q(cleanBands, 0.05))} p50 ${fmt(q(cleanBands, 0.5))}`,
  );
  console.log(
    `  mirror image aligned as it is (wrong)           ${alignedAsIs.length}/${n}: ${alignedAsIs.map((r) => `${r.photo} conf ${r.asIs.confidence.toFixed(2)} band ${fmt(band(r.asIs))}`).join(', ') || 'none'}`,
  );
  console.log(`  product: found flipped back, within 0.5%        ${found}/${n}`);
  console.log(
    `  product: aligned but > 0.5% off (wrong)         ${wrong.length}/${n}: ${wrong.map((r) => `${r.photo} conf ${r.either.confidence.toFixed(2)}`).join(', ') || 'none'}`,
  );
  console.log(
    `  product: failed                                 ${rows.filter((r) => r.either.status === 'failed').length}/${n}`,
  );
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`  time for the three registrations, median        ${q(times, 0.5).toFixed(0)} ms`);
  if (values.csv) {
    const lines = [
      'photo,clean_status,clean_conf,clean_band,asis_status,asis_conf,asis_band,product,product_err',
    ];
    for (const r of rows)
      lines.push(
        [
          r.photo,
          r.clean.status,
          r.clean.confidence,
          band(r.clean),
          r.asIs.status,
          r.asIs.confidence,
          band(r.asIs),
          r.mirrored ? 'mirrored' : r.either.status,
          r.eitherErr ?? '',
        ].join(','),
      );
    writeFileSync(values.csv, lines.join('\n') + '\n');
  }
}

await main();
