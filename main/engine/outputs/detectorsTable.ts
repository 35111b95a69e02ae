/**
 * The detectors that ran and the thresholds they used, so the audit can be reproduced.
 */
import type { DetectorUse } from '../../../shared/contract/report.js';
import { escapeHtml } from './escapeHtml.js';
import { thresholdText } from './thresholdText.js';

/** One row per detector: id@version, threshold in words, where the threshold came from. */
export function detectorsTable(detectors: readonly DetectorUse[]): string {
  if (detectors.length === 0) return '<p>No detectors are recorded in this report.</p>';
  const rows = detectors.map(
    (d) =>
      `<tr><td><code>${escapeHtml(`${d.id}@${d.version}`)}</code></td>` +
      `<td>${escapeHtml(thresholdText(d.threshold))}</td>` +
      `<td>${escapeHtml(d.threshold.origin)}</td></tr>`,
  );
  return (
    '<table class="grid"><thead><tr><th>Detector</th><th>Threshold</th><th>Origin of the threshold</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
