/**
 * Scalp coverage uncertainty (issue 4): is the stated uncertainty of the coverage change the spread the
 * change really has? Each scene (a procedural head, or a real photo) is re-shot several times with the
 * clean simulated re-shoot of bench/calibrate.ts (small camera move, +-0.1 EV, content shifted 1-3 px as
 * hair moves, fresh noise, JPEG q85-95). Nothing about the scalp changes, so the true change is 0 and
 * every measured change is error: the RMS of change / stated uncertainty should be 1, and about 68 % and
 * 95 % of pairs should fall within one and two stated uncertainties. Run on the whole overlap and on a
 * drawn rectangle (the middle quarter of the photo).
 *
 *   node --import tsx bench/coverage.ts [--split tune|check] [--heads 6] [--photos 8] [--shots 5] [--size 448]
 *
 * --split tune: heads with seeds 201.., photos 0, 4, 8, ...; --split check: seeds 301.., photos 2, 6,
 * 10, ... (neither is used by the other, so a factor set on tune is counted on check).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { Cv } from '../shared/analysis/cv.js';
import type { RgbImage } from '../shared/analysis/image.js';
import { analyzePair } from '../shared/analysis/pipeline/analyzePair.js';
import { loadOpenCv } from '../main/engine/opencv.js';
import { gainLinear } from '../test/helpers/synthetic.js';
import { renderScalp } from '../test/tools/renderScalp.js';
import { addNoise, calibShot, reshoot } from './lib/calibPair.js';
import { renderBase } from './lib/hairCases.js';
import { photosDir } from './lib/photos.js';
import { regRandom } from './lib/regSynth.js';
import { jpegRoundTrip, syntheticInfo } from './lib/syntheticPhoto.js';

interface Sample {
  source: 'render' | 'photo';
  region: 'overlap' | 'rect';
  scene: string;
  change: number;
  uncertainty: number;
  /** The before photo's measured share of visible scalp. */
  share: number;
  /** Renders: the true share of visible scalp over the head (the renderer's truth); photos: null. */
  truth: number | null;
}

/** Re-shoots `scene` `shots` times against one before photo and measures coverage on both regions. */
async function reshootScene(
  cv: Cv,
  scene: RgbImage,
  name: string,
  source: Sample['source'],
  shots: number,
  rand: () => number,
  truth: number | null = null,
): Promise<Sample[]> {
  const u = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const before = await jpegRoundTrip(addNoise(scene, 1.5, rand), 92);
  const rect = [before.width / 4, before.height / 4, before.width / 2, before.height / 2] as const;
  const out: Sample[] = [];
  for (let k = 0; k < shots; k++) {
    const shot = calibShot('clean', u);
    const moved = reshoot(cv, scene, shot, rand);
    const lit = gainLinear(moved, [2 ** shot.ev * shot.red, 2 ** shot.ev, 2 ** shot.ev * shot.blue]);
    const after = await jpegRoundTrip(addNoise(lit, 1.5, rand), shot.quality);
    for (const region of ['overlap', 'rect'] as const) {
      const { report } = analyzePair(
        cv,
        { info: syntheticInfo(`${name}-b`, before), work: before },
        { info: syntheticInfo(`${name}-a${k}`, after), work: after },
        {
          toolVersion: 'bench',
          createdAt: '2026-01-01T00:00:00Z',
          coverageRect: region === 'rect' ? rect : null,
        },
      );
      const c = report.coverage;
      if (c && c.uncertainty < 1)
        out.push({
          source,
          region,
          scene: name,
          change: c.change,
          uncertainty: c.uncertainty,
          share: c.before,
          truth,
        });
    }
  }
  return out;
}

export async function coverageBench(opts: {
  split: 'tune' | 'check';
  heads: number;
  photos: number;
  shots: number;
  size: number;
}): Promise<Sample[]> {
  const cv = await loadOpenCv();
  const samples: Sample[] = [];
  const first = opts.split === 'tune' ? 201 : 301;
  for (let h = 0; h < opts.heads; h++) {
    const seed = first + h;
    const rand = regRandom(5000 + seed);
    const base = renderBase(seed, opts.size, (lo, hi) => lo + (hi - lo) * rand());
    const r = renderScalp(base);
    samples.push(
      ...(await reshootScene(cv, r, `head${seed}`, 'render', opts.shots, rand, r.truth.scalpVisibleShare)),
    );
    process.stderr.write(`\rcoverage bench: head ${h + 1}/${opts.heads}   `);
  }
  const dir = photosDir();
  if (dir) {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.jpg')).sort();
    const offset = opts.split === 'tune' ? 0 : 2;
    const pick = files.filter((_, i) => i % 4 === offset).slice(0, opts.photos);
    const rand = regRandom(opts.split === 'tune' ? 91 : 93);
    for (let k = 0; k < pick.length; k++) {
      const f = pick[k] as string;
      // The pipeline's own working size: long side about 1024 px.
      const { data, info: i } = await sharp(join(dir, f))
        .rotate()
        .resize(1024, 1024, { fit: 'inside', withoutEnlargement: true })
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const img: RgbImage = { width: i.width, height: i.height, data: new Uint8Array(data) };
      samples.push(...(await reshootScene(cv, img, f, 'photo', opts.shots, rand)));
      process.stderr.write(`\rcoverage bench: photo ${k + 1}/${pick.length}   `);
    }
  }
  process.stderr.write('\n');
  return samples;
}

function q(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))] ?? NaN;
}

const rms = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / Math.max(1, xs.length));

export function printCoverageBench(samples: Sample[]): void {
  // The share itself against the renderer's truth over the head: the overlap also holds the backdrop.
  const heads = samples.filter((x) => x.region === 'overlap' && x.truth !== null);
  if (heads.length > 0) {
    const bias = heads.map((x) => x.share - (x.truth as number));
    const mean = (100 * bias.reduce((a, b) => a + b, 0)) / bias.length;
    console.log(
      `\nRendered heads, whole overlap: measured share of visible scalp minus the truth over the head: mean ${mean.toFixed(1)} points, range ${(100 * Math.min(...bias)).toFixed(1)} to ${(100 * Math.max(...bias)).toFixed(1)}`,
    );
  }
  console.log('\nCoverage change on clean re-shoots (true change 0): measured vs stated uncertainty');
  console.log('source  region   pairs  RMS change  RMS stated  RMS z  p95 |z|  within 1u  within 2u');
  for (const source of ['render', 'photo', 'all'] as const)
    for (const region of ['overlap', 'rect', 'all'] as const) {
      const s = samples.filter(
        (x) => (source === 'all' || x.source === source) && (region === 'all' || x.region === region),
      );
      if (s.length === 0) continue;
      const z = s.map((x) => x.change / x.uncertainty);
      const within = (k: number) =>
        `${((100 * z.filter((v) => Math.abs(v) <= k).length) / z.length).toFixed(0)}%`;
      console.log(
        `${source.padEnd(7)} ${region.padEnd(8)} ${String(s.length).padStart(5)}  ${rms(
          s.map((x) => x.change),
        )
          .toFixed(4)
          .padStart(10)}  ${rms(s.map((x) => x.uncertainty))
          .toFixed(4)
          .padStart(
            10,
          )}  ${rms(z).toFixed(2).padStart(5)}  ${q(z.map(Math.abs), 0.95).toFixed(2).padStart(7)}  ${within(1).padStart(9)}  ${within(2).padStart(9)}`,
      );
    }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'tune' },
      heads: { type: 'string', default: '6' },
      photos: { type: 'string', default: '8' },
      shots: { type: 'string', default: '5' },
      size: { type: 'string', default: '448' },
      json: { type: 'string' },
    },
  });
  const samples = await coverageBench({
    split: values.split === 'check' ? 'check' : 'tune',
    heads: Number(values.heads),
    photos: Number(values.photos),
    shots: Number(values.shots),
    size: Number(values.size),
  });
  printCoverageBench(samples);
  if (values.json) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(values.json, JSON.stringify(samples));
  }
}
