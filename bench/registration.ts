/**
 * Registration benchmark on real scalp photos with known synthetic re-shoots.
 *
 *   node --import tsx bench/registration.ts [--n 100] [--seed 1] [--mismatch 50] [--csv /tmp/reg.csv]
 *        [--hard] [--noise sigma] [--blur sigma] [--shading ev] [--wobble px] [--wide 1] [--detectors akaze,orb|none] [--skip k]
 *        [--mirror] [--no-mirror-try]
 *
 * --hard adds sensor noise (sigma 3 levels) and a slight blur (sigma 0.7 px) to every after photo;
 * --shading e varies exposure across the after photo by +-e stops; --wobble p adds a smooth
 * non-planar displacement of up to p px; --wide k stretches every range of the re-shoot by k (beyond the acceptance ranges);
 * --detectors none measures the feature-free path (grid search + ECC) alone.
 * Pairs register as the product does (registerEitherWay: the after's mirror image is tried when the
 * photo as it is fails), so the mismatched pairs count the mirror's chance of a false alignment too;
 * --no-mirror-try registers the photo as it is only. --mirror flips every known pair's after photo
 * left to right (a front camera's selfie), to measure how many are found flipped back.
 * Prints a table; writes nothing into the repository (--csv writes per-pair rows where you say).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOpenCv } from '../main/engine/opencv.js';
import { toGray } from '../shared/analysis/image.js';
import { mirrorGray } from '../shared/analysis/register/mirrorGray.js';
import { registerEitherWay } from '../shared/analysis/register/registerEitherWay.js';
import type { Registration } from '../shared/analysis/register/registerPair.js';
import { compose, meanCornerError, mirroring } from '../shared/geometry/homography.js';
import { regLoadRgb, regRandom, regRandomShot, regReshoot, regTruth } from './lib/regSynth.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, '../shared/data/scalp-photos');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`--${name}: expected a number, got ${process.argv[i + 1]}`);
  return v;
}
function argStr(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

interface Row {
  name: string;
  kind: 'known' | 'mismatch';
  err: number | null;
  /** Aligned as the after's mirror image. */
  mirrored: boolean;
  ms: number;
  reg: Registration;
}

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`registration bench: ${dataDir} is absent; nothing to measure.`);
    return;
  }
  const n = arg('n', 100);
  const seed = arg('seed', 1);
  const nMis = arg('mismatch', 50);
  const skip = arg('skip', 0);
  const wide = arg('wide', 1);
  const noise = arg('noise', 0);
  const blur = arg('blur', 0);
  const shading = arg('shading', 0);
  const wobbleAmp = arg('wobble', 0);
  const csv = argStr('csv');
  const hard = process.argv.includes('--hard');
  const mirrorShots = process.argv.includes('--mirror');
  const mirrorTry = !process.argv.includes('--no-mirror-try');
  const det = argStr('detectors');
  const detectors = det === null ? undefined : det === 'none' ? [] : (det.split(',') as ('akaze' | 'orb')[]);
  const files = readdirSync(dataDir)
    .filter((f) => f.toLowerCase().endsWith('.jpg'))
    .sort();
  const cv = await loadOpenCv();
  const rand = regRandom(seed);
  const rows: Row[] = [];
  const t0 = Date.now();
  for (let i = 0; i < n + nMis; i++) {
    const mismatch = i >= n;
    const fa = files[Math.floor(rand() * files.length)] as string;
    let fb = fa;
    while (mismatch && fb === fa) fb = files[Math.floor(rand() * files.length)] as string;
    const shot = regRandomShot(rand, wide);
    if (i < skip) continue;
    const src = await regLoadRgb(join(dataDir, fa));
    const before = toGray(src);
    const other = mismatch ? await regLoadRgb(join(dataDir, fb)) : src;
    const { gray: shotGray, h } = await regReshoot(
      cv,
      other,
      shot,
      hard || noise > 0 || blur > 0 || shading > 0 || wobbleAmp > 0
        ? {
            noise: hard && noise === 0 ? 3 : noise,
            blur: hard && blur === 0 ? 0.7 : blur,
            seed: seed * 1000 + i,
            shading,
            wobble: wobbleAmp,
          }
        : undefined,
    );
    const flipped = mirrorShots && !mismatch;
    const after = flipped ? mirrorGray(shotGray) : shotGray;
    // The truth for a flipped after photo: flip back, then the re-shoot's own truth.
    const flip = mirroring<'afterWork', 'afterWork'>(after.width);
    const truth = flipped ? compose(flip, regTruth(h)) : regTruth(h);
    const t = performance.now();
    const either = registerEitherWay(cv, before, after, {
      mirror: mirrorTry,
      ...(detectors ? { detectors } : {}),
    });
    const reg = either.reg;
    const ms = performance.now() - t;
    const diag = Math.hypot(before.width, before.height);
    const err =
      !mismatch && reg.matrix ? meanCornerError(reg.matrix, truth, after.width, after.height) / diag : null;
    const name = mismatch ? `${fa} vs ${fb}` : fa;
    rows.push({
      name,
      kind: mismatch ? 'mismatch' : 'known',
      err,
      ms,
      reg,
      mirrored: either.mirrored !== null,
    });
    const e = reg.evidence;
    process.stderr.write(
      `${String(i).padStart(3)} ${name.padEnd(34)} ${reg.status.padEnd(7)} conf ${reg.confidence.toFixed(2)} ` +
        `err ${err === null ? '   -  ' : (err * 100).toFixed(2) + '%'} band ${e ? e.band.toFixed(2) : '-'} ` +
        `tiles ${e ? e.tiles.toFixed(2) : '-'} sup ${e ? `${e.supportingMatches}/${e.fitInliers ?? '-'}` : '-'} tilt ${e?.tiltDeg?.toFixed(1) ?? '-'} ${ms.toFixed(0)} ms  ${reg.method}\n`,
    );
  }
  report(rows, Date.now() - t0);
  if (csv) {
    const lines = [
      'name,kind,status,confidence,err_diag,ms,band,tiles,overlap,matches,support,fit_inliers,rho,tilt,similarity,model,method',
    ];
    for (const r of rows) {
      const e = r.reg.evidence;
      lines.push(
        [
          r.name,
          r.kind,
          r.reg.status,
          r.reg.confidence,
          r.err ?? '',
          r.ms.toFixed(0),
          e?.band ?? '',
          e?.tiles ?? '',
          e?.overlap ?? '',
          e?.matches ?? '',
          e?.supportingMatches ?? '',
          e?.fitInliers ?? '',
          e?.eccRho ?? '',
          e?.tiltDeg ?? '',
          r.reg.similarity ?? '',
          r.reg.model ?? '',
          JSON.stringify(r.reg.method),
        ].join(','),
      );
    }
    writeFileSync(csv, lines.join('\n') + '\n');
  }
}

function report(rows: Row[], totalMs: number): void {
  const known = rows.filter((r) => r.kind === 'known');
  const mis = rows.filter((r) => r.kind === 'mismatch');
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  const accurate = known.filter((r) => r.err !== null && r.err <= 0.005).length;
  const failedHonest = known.filter((r) => r.reg.status === 'failed').length;
  const lowConf = known.filter(
    (r) => r.reg.status === 'aligned' && r.reg.confidence < 0.5 && (r.err ?? 1) > 0.005,
  ).length;
  const wrongConfident = known.filter((r) => r.reg.confidence >= 0.5 && (r.err ?? 0) > 0.02).length;
  const offConfident = known.filter((r) => r.reg.confidence >= 0.5 && (r.err ?? 0) > 0.005).length;
  const rejected = mis.filter((r) => r.reg.status === 'failed' || r.reg.confidence < 0.5).length;
  const viaMirror = known.filter((r) => r.mirrored).length;
  const misMirror = mis.filter((r) => r.mirrored).length;
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  const mean = times.reduce((s, v) => s + v, 0) / Math.max(1, times.length);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const table: [string, string][] = [
    ['known-transform pairs', String(known.length)],
    ['within 0.5% of diagonal (target >= 95%)', `${accurate} (${pct(accurate, known.length)})`],
    ['reported failed', String(failedHonest)],
    ['aligned, low confidence (< 0.5), error > 0.5%', String(lowConf)],
    ['confident (>= 0.5) with error > 2% (target 0)', String(wrongConfident)],
    ['confident (>= 0.5) with error > 0.5%', String(offConfident)],
    ['known pairs aligned as a mirror image', String(viaMirror)],
    ['mismatched pairs', String(mis.length)],
    ['mismatched rejected (failed or < 0.5; target all)', `${rejected} (${pct(rejected, mis.length)})`],
    [
      'max confidence on a mismatched pair',
      mis.length ? Math.max(...mis.map((r) => r.reg.confidence)).toFixed(2) : '-',
    ],
    ['mismatched pairs aligned as a mirror image', String(misMirror)],
    ['time per pair, mean / median', `${mean.toFixed(0)} ms / ${median.toFixed(0)} ms`],
    ['wall time', `${(totalMs / 1000).toFixed(0)} s`],
  ];
  const w = Math.max(...table.map(([k]) => k.length));
  console.log('\nRegistration benchmark');
  for (const [k, v] of table) console.log(`  ${k.padEnd(w)}  ${v}`);
}

await main();
