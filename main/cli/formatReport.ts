/** The readable summary of one report, for the terminal. */
import type { Composite } from '../../shared/contract/composite.js';
import type { AuditReport, Flag } from '../../shared/contract/report.js';

const SEV: Record<Flag['severity'], string> = { critical: 'CRITICAL', warning: 'WARNING ', info: 'info    ' };

function threshold(f: Flag): string {
  const t = f.threshold;
  const op = t.direction === 'below' ? '<=' : '>=';
  const parts: string[] = [];
  if (t.warning !== null) parts.push(`warning ${op} ${t.warning}`);
  if (t.critical !== null) parts.push(`critical ${op} ${t.critical}`);
  return parts.length ? `${parts.join(', ')} ${t.unit}`.trim() : 'any difference';
}

function measured(f: Flag): string {
  const v = f.measured.value;
  if (v === null) return 'n/a';
  return typeof v === 'number' ? `${v} ${f.measured.unit}`.trim() : v;
}

export function formatReport(r: AuditReport): string {
  const a = r.alignment;
  const lines: string[] = [];
  lines.push(
    `Fairshot audit${r.label ? ` [${r.label}]` : ''}: ${r.before.name} (before) vs ${r.after.name} (after)`,
  );
  if (r.composite) lines.push(compositeLine(r.composite));
  lines.push(
    `Verdict: ${r.verdict.label.toUpperCase()} (score ${r.verdict.score}/100). ${r.verdict.summary}`,
  );
  if (a.status === 'aligned') {
    lines.push(
      `Alignment: aligned by ${a.model} (${a.method}; confidence ${a.confidence.toFixed(2)}, ${a.inliers} inliers). ` +
        `Rotation ${a.rotationDeg} deg, scale ${a.scale}, tilt ${a.tiltDeg} deg, overlap ${pct(a.overlap?.before)} of before / ${pct(a.overlap?.after)} of after.`,
    );
  } else {
    lines.push(
      `Alignment: FAILED: ${a.reason ?? 'no reason given'}. Nothing below is measured on an aligned pair.`,
    );
  }
  const e = r.exposure;
  lines.push(
    e.applied
      ? `Exposure: after photo corrected by ${e.ev >= 0 ? '+' : ''}${e.ev} EV; ${e.whiteBalance.description.toLowerCase()} (red ${e.whiteBalance.redStops}, blue ${e.whiteBalance.blueStops} stops).`
      : 'Exposure: not normalized (no aligned overlap to measure on).',
  );
  if (r.flags.length === 0) lines.push('Flags: none.');
  else {
    lines.push(`Flags (${r.flags.length}):`);
    for (const f of r.flags) {
      lines.push(`  ${SEV[f.severity]} ${f.id.padEnd(17)} ${f.message}`);
      lines.push(`           measured ${measured(f)}; threshold ${threshold(f)}`);
      lines.push(`           why: ${f.why}`);
    }
  }
  // The reason carries the numbers when the change is comparable and says why not otherwise.
  if (r.coverage) lines.push(`Scalp coverage: ${r.coverage.reason}`);
  return `${lines.join('\n')}\n`;
}

/** Where the two photos came from in a composite, and how before and after were told apart. */
export function compositeLine(c: Composite): string {
  const { rows, cols } = c.layout;
  const grid = rows === 1 && cols === 2 ? 'side by side' : rows === 2 && cols === 1 ? 'stacked' : 'grid';
  const pair = c.pairs[c.pair];
  const cases = c.pairs.length > 1 ? `, case ${c.pair + 1} of ${c.pairs.length}` : '';
  const panels = pair ? `panel ${pair.before + 1} is before, panel ${pair.after + 1} is after` : '';
  return `Composite: ${c.source.name}, ${cols}x${rows} ${grid} (split confidence ${c.confidence.toFixed(2)})${cases}; ${panels}. Order: ${c.order.note}`;
}

function pct(v: number | undefined): string {
  return v === undefined ? '?' : `${Math.round(v * 100)}%`;
}
