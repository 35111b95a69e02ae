/**
 * Every flag of the report as an HTML table, most severe first.
 */
import type { Flag } from '../../../shared/contract/report.js';
import { escapeHtml } from './escapeHtml.js';
import { fmtNumber } from './fmtNumber.js';
import { thresholdText } from './thresholdText.js';

const ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** One row per flag: severity, label and message, measured value, threshold, why, detector. */
export function flagsTable(flags: readonly Flag[]): string {
  if (flags.length === 0) return '<p>No flags were raised.</p>';
  // Stable sort keeps the detectors' own order within a severity.
  const sorted = [...flags].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const rows = sorted.map((f) => {
    const value = f.measured.value;
    const measured = value === null ? '—' : typeof value === 'number' ? fmtNumber(value, 3) : value;
    return (
      '<tr>' +
      `<td><span class="sev sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span></td>` +
      `<td><strong>${escapeHtml(f.label)}</strong><br><span class="muted">${escapeHtml(f.message)}</span><br><code>${escapeHtml(f.id)}</code></td>` +
      `<td class="num">${escapeHtml(measured)}${f.measured.unit ? ` ${escapeHtml(f.measured.unit)}` : ''}</td>` +
      `<td>${escapeHtml(thresholdText(f.threshold))}</td>` +
      `<td>${escapeHtml(f.why)}</td>` +
      `<td><code>${escapeHtml(f.detector)}</code></td>` +
      `</tr>`
    );
  });
  return (
    '<table class="grid"><thead><tr><th>Severity</th><th>Flag</th><th>Measured</th><th>Threshold</th><th>Why it matters</th><th>Detector</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
