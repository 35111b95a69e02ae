/**
 * Do the hair flags stay quiet when only the hair's density changes (issue 4)? A treatment that works
 * adds or keeps hairs; that change is what a before/after pair is for, so a hair flag that fires on it
 * would call the very result "not comparable". Each rendered head (the same heads as bench/hair.ts's
 * split, on a separate random stream so hair.ts's cases are untouched) is rendered again with 10-20%
 * fewer or 10-25% more strands, nothing else changed, re-shot as in bench/hair.ts, and run through the
 * one pipeline. Prints, per hair flag, how many of these pairs it fires on at the thresholds in meta.ts,
 * and hair.length's, hair.color's and hair.styling's values on each.
 *
 *   node --import tsx bench/hairDensity.ts [--split tune|holdout|final|fresh|third] [--heads 10] [--size 448]
 */
import { parseArgs } from 'node:util';
import type { FlagId } from '../shared/contract/flags.js';
import { analyzePair } from '../shared/analysis/pipeline/analyzePair.js';
import { DETECTORS } from '../shared/analysis/detectors/registry.js';
import { grade } from '../shared/analysis/detectors/grade.js';
import type { Threshold } from '../shared/contract/report.js';
import { loadOpenCv } from '../main/engine/opencv.js';
import { renderScalp } from '../test/tools/renderScalp.js';
import { addNoise, calibShot, reshoot } from './lib/calibPair.js';
import { regRandom } from './lib/regSynth.js';
import { HAIR_KINDS, renderBase } from './lib/hairCases.js';
import { jpegRoundTrip, syntheticInfo } from './lib/syntheticPhoto.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'tune' },
    heads: { type: 'string', default: '10' },
    size: { type: 'string', default: '448' },
    json: { type: 'string' },
  },
});
const split =
  values.split === 'final' || values.split === 'fresh' || values.split === 'third'
    ? values.split
    : values.split === 'holdout'
      ? 'holdout'
      : 'tune';
const cv = await loadOpenCv();
// Every hair detector reports its value (as bench/hair.ts does); firing is judged below at meta.ts's.
const report: Partial<Record<FlagId, Threshold>> = {};
for (const d of DETECTORS)
  if ((HAIR_KINDS as readonly string[]).includes(d.meta.id))
    report[d.meta.id] = { ...d.meta.threshold, warning: d.meta.threshold.direction === 'below' ? 1e9 : -1e9 };
const fired: Record<string, number> = {};
let pairs = 0;
const lengths: string[] = [];
const colors: string[] = [];
const stylings: string[] = [];
// --json keeps each pair's measurements, so readings can be studied without re-running (as bench/hair.ts).
const kept: { seed: number; k: number; measurements: Record<string, number | null> }[] = [];
for (let h = 0; h < Number(values.heads); h++) {
  // 'fresh' and 'third': bench/hair.ts's heads of those splits (seeds from 201 and from 301).
  const seed =
    split === 'third'
      ? 301 + h
      : split === 'fresh'
        ? 201 + h
        : split === 'final'
          ? 101 + h
          : 2 * h + (split === 'tune' ? 1 : 0) + 1;
  const rand = regRandom(5000 + seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const base = renderBase(seed, Number(values.size), u);
  const before = renderScalp(base);
  for (const k of [u(0.8, 0.9), u(1.1, 1.25)]) {
    const after = renderScalp({ ...base, density: (base.density ?? 30) * k });
    const shot = calibShot('clean', u);
    const b = await jpegRoundTrip(addNoise(before, 1.5, rand), 92);
    const a = await jpegRoundTrip(addNoise(reshoot(cv, after, shot, rand), 1.5, rand), shot.quality);
    const r = analyzePair(
      cv,
      { info: syntheticInfo(`d${seed}-b`, b), work: b },
      { info: syntheticInfo(`d${seed}-a`, a), work: a },
      { toolVersion: 'bench', createdAt: '2026-01-01T00:00:00Z', thresholds: report },
    ).report;
    if (r.alignment.status !== 'aligned') continue;
    pairs++;
    kept.push({ seed, k, measurements: r.measurements });
    for (const d of DETECTORS) {
      const f = r.flags.find((x) => x.id === d.meta.id);
      if (!report[d.meta.id] || !f || typeof f.measured.value !== 'number') continue;
      if (grade(f.measured.value, d.meta.threshold)) fired[d.meta.id] = (fired[d.meta.id] ?? 0) + 1;
      if (d.meta.id === 'hair.length') lengths.push(`${k.toFixed(2)}x ${f.measured.value}`);
      if (d.meta.id === 'hair.styling') stylings.push(`${k.toFixed(2)}x ${f.measured.value}%`);
      // hair.color's value and the two level readings it is made of (scalp, hair: stops after/before).
      if (d.meta.id === 'hair.color') {
        const n = r.measurements;
        colors.push(`${k.toFixed(2)}x ${f.measured.value} (${n.scalpLevelChange}, ${n.hairLevelChange})`);
      }
    }
  }
  process.stderr.write(`\rhair density bench: head ${h + 1}/${values.heads}`);
}
console.log(`\nDensity-only changes (${split}): ${pairs} aligned pairs, 0.8-0.9x or 1.1-1.25x the strands`);
for (const id of HAIR_KINDS) console.log(`  ${id.padEnd(16)} fires on ${fired[id] ?? 0}/${pairs}`);
console.log(`hair.length values: ${lengths.join(', ')}`);
console.log(`hair.color values (scalp, hair level change): ${colors.join(', ')}`);
console.log(`hair.styling values (share of the flow turned): ${stylings.join(', ')}`);
if (values.json) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(values.json, JSON.stringify(kept, null, 1));
}
