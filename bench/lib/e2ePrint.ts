/** The end-to-end benchmark's printout: the table, the ratios, the targets and the stage timings. */
import type { E2eResult, E2eVariantId } from '../endToEnd.js';
import { median } from './e2eMedian.js';

/** The issue's targets: wall time of one audit (2 cores), and its ratio to the native pipeline. */
export const E2E_TARGET_MS = 2000;
export const E2E_TARGET_RATIO = 1.5;

const sec = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '-');
const mb = (kb: number | null): string => (kb === null ? '-' : `${Math.round(kb / 1024)} MB`);
const stages = (r: Record<string, number>): string =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');

/** Prints the table, the ratios and the targets, plainly. */
export function printEndToEnd(r: E2eResult): void {
  const lines: string[] = [];
  const p = r.pair;
  lines.push(
    `\nEnd-to-end: one ${((p.width * p.height) / 1e6).toFixed(0)} MP pair (${p.width}x${p.height}), ` +
      `median of ${r.runs} fresh process${r.runs > 1 ? 'es' : ''} per row, alternating order`,
  );
  lines.push(`  scene: ${p.source}`);
  lines.push(`  ${p.shot}; files ${(p.bytes[0] / 1e6).toFixed(1)} + ${(p.bytes[1] / 1e6).toFixed(1)} MB`);
  lines.push(
    `  machine: ${r.cores} cores; load average ${r.loadBefore.map((v) => v.toFixed(2)).join(' / ')} at start, ` +
      `${r.loadAfter.map((v) => v.toFixed(2)).join(' / ')} at end (1/5/15 min)`,
  );
  // The load at the end includes this benchmark's own processes (about 1); the start is the fairer sign.
  const busy = (r.loadBefore[0] ?? 0) > r.cores * 0.5;
  lines.push(
    busy
      ? '  NOTE: other processes were running (1-min load above half the cores before the first run): every time\n' +
          '  below is inflated by them, by how much depends on their load at that moment.'
      : '  the machine looked quiet before the first run (1-min load below half the cores); others may still have run.',
  );
  lines.push(`  build: ${r.build}; peak RSS from ${r.rssSource}`);
  lines.push(`  Node start alone (node -e 0): ${sec(r.nodeBaselineMs)}`);
  lines.push('');
  const w = Math.max(...r.variants.map((v) => v.label.length));
  lines.push(
    `  ${'variant'.padEnd(w)}  ${'wall med'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  ${'CPU med'.padStart(8)}  ${'peak RSS'.padStart(8)}  corner error`,
  );
  for (const v of r.variants) {
    const rss = v.maxRssKb.filter((x): x is number => x !== null);
    const cpu = v.cpuMs.filter((x): x is number => x !== null);
    lines.push(
      `  ${v.label.padEnd(w)}  ${sec(median(v.wallMs)).padStart(8)} ${sec(Math.min(...v.wallMs)).padStart(8)} ` +
        `${sec(Math.max(...v.wallMs)).padStart(8)}  ${sec(cpu.length ? median(cpu) : NaN).padStart(8)}  ` +
        `${mb(rss.length ? Math.max(...rss) : null).padStart(8)}  ` +
        `${v.cornerErrorPx === null ? '-' : `${v.cornerErrorPx.toFixed(1)} px`}` +
        (v.failures.length ? `  FAILED ${v.failures.length}x: ${v.failures[0]}` : ''),
    );
  }
  const get = (id: E2eVariantId) => r.variants.find((v) => v.id === id);
  const m = (id: E2eVariantId) => {
    const v = get(id);
    return v && v.wallMs.length ? median(v.wallMs) : null;
  };
  const c = (id: E2eVariantId) => {
    const xs = get(id)?.cpuMs.filter((x): x is number => x !== null) ?? [];
    return xs.length ? median(xs) : null;
  };
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? `${(a / b).toFixed(2)}x` : '-');
  lines.push('');
  lines.push(
    `  ratios (median wall): audit / native = ${ratio(m('audit'), m('native'))}; ` +
      `audit --out / native = ${ratio(m('auditOut'), m('native'))}; ` +
      `audit / native ORB only = ${ratio(m('audit'), m('nativeOrb'))}; ` +
      `audit / native at 12 MP = ${ratio(m('audit'), m('nativeFull'))}`,
  );
  lines.push(
    `  ratios (median CPU, all threads): audit / native = ${ratio(c('audit'), c('native'))}; ` +
      `audit --out / native = ${ratio(c('auditOut'), c('native'))}; ` +
      `audit / native ORB only = ${ratio(c('audit'), c('nativeOrb'))}; ` +
      `audit / native at 12 MP = ${ratio(c('audit'), c('nativeFull'))}`,
  );
  const yes = (b: boolean | null) => (b === null ? 'NOT MEASURED' : b ? 'MET' : 'NOT MET');
  lines.push(
    `  target 1, audit under 2 s on ${r.cores} cores: ${yes(r.verdict.underTwoSeconds)} (${sec(m('audit') ?? NaN)})`,
  );
  lines.push(
    `  target 2, audit within ${E2E_TARGET_RATIO}x of native (the engine's detectors, AKAZE+ORB at 1024, warp 2048): ` +
      `${yes(r.verdict.withinRatio)} (${r.verdict.ratio === null ? 'no native peer' : `${r.verdict.ratio.toFixed(2)}x`})`,
  );
  const out = m('auditOut');
  if (out !== null)
    lines.push(
      `  with every rendered output (--out): ${sec(out)}, ${out < E2E_TARGET_MS ? 'under' : 'over'} 2 s, ` +
        `${ratio(out, m('native'))} native`,
    );
  if (busy)
    lines.push(
      '  (the verdicts are on wall time measured on a busy machine: rerun on a quiet one before acting on them)',
    );
  lines.push('');
  lines.push('  stage timings each process reported about itself (median, ms):');
  for (const v of r.variants)
    if (Object.keys(v.stagesMs).length) lines.push(`    ${v.label.padEnd(w)}  ${stages(v.stagesMs)}`);
  if (r.breakdown) {
    lines.push('  one fresh process, the engine called stage by stage (bench/lib/e2eStages.ts, ms):');
    const entries = Object.entries(r.breakdown);
    for (let k = 0; k < entries.length; k += 5)
      lines.push(`    ${stages(Object.fromEntries(entries.slice(k, k + 5)))}`);
    lines.push(
      '    (nodeStart includes the tsx loader and "imports (tsx)" compiles TypeScript on the fly: both cost more here',
      '    than in bin/fairshot.js; "warm auditPair" is a second whole audit in the same process, as the app pays it)',
    );
  }
  const a = get('audit');
  if (a?.cornerErrorPx !== null && a?.cornerErrorPx !== undefined)
    lines.push(
      `\n  recovery: the audit's homography is ${a.cornerErrorPx.toFixed(1)} px (mean over the corners) from the truth ` +
        `on a ${p.width} px wide photo (${((100 * a.cornerErrorPx) / Math.hypot(p.width, p.height)).toFixed(3)}% of the diagonal).`,
    );
  console.log(lines.join('\n'));
}
