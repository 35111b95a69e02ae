/** The UI benchmark's printout: per pair, median (min-max) of each figure against the 50 ms target. */
import type { UiBenchResult, UiPairResult } from '../ui.js';
import { median } from './e2eMedian.js';
import type { UiFigures, UiPhase } from './uiPhases.js';
import { UI_TARGET_MS } from './uiPhases.js';

const PHASE_LABEL: Record<UiPhase, string> = {
  load: 'page load',
  analysis: 'during analysis',
  arrival: 'result arrival',
};

/** "median (min-max)" of one figure over a pair's visits, in ms or s. */
function spread(list: UiFigures[], pick: (f: UiFigures) => number | null, unit: 'ms' | 's'): string {
  const xs = list.map(pick).filter((x): x is number => x !== null);
  if (xs.length === 0) return '-';
  const f = (x: number) => (unit === 's' ? (x / 1000).toFixed(2) : Math.round(x).toString());
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return `${f(median(xs))} ${unit}${xs.length > 1 ? ` (${f(lo)}-${f(hi)})` : ''}`;
}

/** The longest task of a phase: median (min-max), and whether even the best visit met the target. */
function longest(list: UiFigures[], phase: UiPhase): string {
  const xs = list.map((f) => f.longest[phase]);
  if (xs.length === 0) return '-';
  const s = spread(list, (f) => f.longest[phase], 'ms');
  const met = xs.filter((x) => x <= UI_TARGET_MS).length;
  return `${s}, ${met}/${xs.length} within ${UI_TARGET_MS}`;
}

function traced(p: UiPairResult): string[] {
  if (typeof p.traced === 'string') return [`  ${p.name}: ${p.traced}`];
  if (p.traced.length === 0) return [`  ${p.name}: no task over 50 ms in the traced visit`];
  return [
    `  ${p.name}:`,
    ...p.traced.map(({ phase, task }) => {
      const parts = task.parts.map((x) => `${x.kind} ${Math.round(x.ms)}`).join(', ');
      const js = task.scripts.length ? `; script: ${task.scripts.join(', ')}` : '';
      const cpu = task.cpu === null ? '' : ` (CPU ${Math.round(task.cpu)} ms)`;
      return `    ${PHASE_LABEL[phase].padEnd(16)} ${Math.round(task.duration)
        .toString()
        .padStart(4)} ms${cpu} at ${(task.start / 1000).toFixed(2)} s: ${parts}${js}`;
    }),
  ];
}

/** Prints the table, the attribution and the caveats, plainly. */
export function printUiBench(r: UiBenchResult): void {
  const lines: string[] = [];
  lines.push(
    `\nUI main thread in Chromium (serve mode): ${r.runs} fresh-browser visit${r.runs > 1 ? 's' : ''} per pair, alternating; ` +
      `long tasks from the page's PerformanceObserver; target: none over ${UI_TARGET_MS} ms`,
  );
  for (const p of r.pairs) lines.push(`  ${p.name}: ${p.detail}`);
  lines.push(
    r.inspector
      ? "  driven with the inspector's Runtime domain ON (as Playwright and DevTools do): not what a user runs"
      : '  driven over a bare CDP pipe, no inspector domain on (as a user runs it; --inspector measures with it)',
  );
  lines.push(
    '  No native peer exists for a UI: the bundled sample pair, measured in the same run, is the comparison.',
  );
  lines.push(
    `  machine: ${r.cores} cores; load average ${r.loadBefore.map((v) => v.toFixed(2)).join(' / ')} at start, ` +
      `${r.loadAfter.map((v) => v.toFixed(2)).join(' / ')} at end (1/5/15 min)`,
  );
  if ((r.loadBefore[0] ?? 0) > r.cores * 0.5)
    lines.push(
      '  NOTE: other processes were running: tasks are longer and times later than on a quiet machine; the min\n' +
        '  is the closest to one.',
    );
  lines.push(`  build: ${r.build}`);
  lines.push('');
  const rows: [string, (f: UiFigures[]) => string][] = [
    ['time to verdict', (f) => spread(f, (x) => x.verdictMs, 's')],
    ['time to first aligned image', (f) => spread(f, (x) => x.alignedMs, 's')],
    ['  verdict after the result', (f) => spread(f, (x) => x.verdictAfterResultMs, 'ms')],
    ['  aligned image after the result', (f) => spread(f, (x) => x.alignedAfterResultMs, 'ms')],
    ['longest task at page load', (f) => longest(f, 'load')],
    ['longest task during analysis', (f) => longest(f, 'analysis')],
    ['longest task at result arrival', (f) => longest(f, 'arrival')],
    [
      'long tasks: load / analysis / arrival',
      (f) =>
        f.length
          ? (['load', 'analysis', 'arrival'] as const)
              .map((ph) => median(f.map((x) => x.count[ph])).toString())
              .join(' / ') + ' (median)'
          : '-',
    ],
  ];
  const w = 40;
  const col = 34;
  lines.push(`  ${''.padEnd(w)}${r.pairs.map((p) => p.name.padEnd(col)).join('')}`);
  for (const [label, f] of rows)
    lines.push(`  ${label.padEnd(w)}${r.pairs.map((p) => f(p.figures).padEnd(col)).join('')}`);
  // The traced visit's CPU time: on a shared machine the wall times above include waiting for a core.
  lines.push('  largest CPU time of one task (traced visit):');
  for (const ph of ['load', 'analysis', 'arrival'] as const)
    lines.push(
      `  ${`  ${PHASE_LABEL[ph]}`.padEnd(w)}${r.pairs
        .map((p) => (p.tracedCpu ? `${Math.round(p.tracedCpu[ph])} ms` : '-').padEnd(col))
        .join('')}`,
    );
  lines.push(
    `  ${'display renders fetched'.padEnd(w)}${r.pairs
      .map((p) => (p.images ? `${p.images.count}, ${(p.images.bytes / 1e6).toFixed(1)} MB` : '-').padEnd(col))
      .join('')}`,
  );
  lines.push('  (median, then min-max over the visits; "0 ms": no long task at all in that phase)');
  for (const p of r.pairs) for (const f of p.failures) lines.push(`  ${p.name}: a visit FAILED: ${f}`);
  lines.push('');
  lines.push(
    'What the long tasks were made of (one traced visit per pair; tracing slows the page a little):',
  );
  for (const p of r.pairs) lines.push(...traced(p));
  console.log(lines.join('\n'));
}
