/**
 * report.html: one self-contained page a person can read, keep and print. No scripts, no external
 * resources (the CSP says so too); every string from the report is escaped.
 */
import type { AuditReport } from '../../../shared/contract/report.js';
import { alignmentSection } from './alignmentSection.js';
import { compositeSection } from './compositeSection.js';
import { coverageSection } from './coverageSection.js';
import { detectorsTable } from './detectorsTable.js';
import { escapeHtml } from './escapeHtml.js';
import { flagsTable } from './flagsTable.js';
import { fmtNumber } from './fmtNumber.js';
import { keyValueTable } from './keyValueTable.js';
import { photosTable } from './photosTable.js';
import { REPORT_CSS } from './reportCss.js';

/** Images for the page, as data: URIs (null = not available for this audit). */
export interface ReportMedia {
  readonly before: string;
  readonly after: string;
  readonly aligned: string | null;
  readonly alignedNormalized: string | null;
  readonly flicker: string | null;
  readonly heatmap: string | null;
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

/** The whole page as a string. */
export function reportHtml(report: AuditReport, media: ReportMedia): string {
  const title = report.label ?? `${report.before.name} → ${report.after.name}`;
  const v = report.verdict;
  const failed = report.alignment.status === 'failed';
  const drivers = v.drivers
    .map((id) => report.flags.find((f) => f.id === id)?.label ?? id)
    .map((s) => escapeHtml(s))
    .join(', ');
  const parts = [
    `<header><h1>Fairshot audit: ${escapeHtml(title)}</h1>`,
    `<div class="muted">${escapeHtml(report.before.name)} (before) → ${escapeHtml(report.after.name)} (after)</div></header>`,
    `<section class="verdict ${v.label.replace(/ /g, '-')}" aria-label="Verdict">`,
    `<div class="score">${fmtNumber(v.score, 0)}<small>/100</small></div>`,
    `<div><div class="label">${escapeHtml(v.label)}</div><div>${escapeHtml(v.summary)}</div>`,
    drivers ? `<div class="muted">Driven by: ${drivers}</div>` : '',
    `</div></section>`,
    failed
      ? `<p class="failed">Alignment failed: ${escapeHtml((report.alignment.reason ?? 'no reason given').replace(/[.\s]+$/, ''))}. The side by side shows the photos as shot; nothing here is aligned.</p>`
      : '',
    `<section><h2>Photos</h2><div class="figs">`,
    figure(media.before, 'Before, as shot'),
    figure(media.after, 'After, as shot'),
    media.aligned ? figure(media.aligned, 'After, aligned to the before frame') : '',
    media.alignedNormalized
      ? figure(media.alignedNormalized, 'After, aligned and exposure-normalized: the fair comparison')
      : '',
    `</div></section>`,
    media.flicker || media.heatmap
      ? `<section><h2>${media.heatmap ? 'Flicker and difference map' : 'Flicker'}</h2><div class="figs two">`
      : '',
    media.flicker
      ? figure(
          media.flicker,
          failed
            ? 'Before and after as shot, alternating (not aligned)'
            : 'Before and the aligned, normalized after, alternating',
        )
      : '',
    media.heatmap
      ? figure(
          media.heatmap,
          'Where the aligned, normalized after differs from the before. Gray: outside the overlap.',
        )
      : '',
    media.flicker || media.heatmap ? '</div></section>' : '',
    `<section><h2>Flags (${report.flags.length})</h2>${flagsTable(report.flags)}</section>`,
    coverageSection(report),
    compositeSection(report),
    alignmentSection(report),
    `<section><h2>Photo metadata</h2>${photosTable(report.before, report.after)}</section>`,
    `<section><h2>Detectors and thresholds</h2>${detectorsTable(report.detectors)}</section>`,
    `<section><h2>Measurements</h2><p class="muted">Every number the detectors read, whether a flag fired or not.</p>`,
    Object.keys(report.measurements).length > 0
      ? keyValueTable(Object.entries(report.measurements).map(([k, v]) => [k, fmtNumber(v, 4)]))
      : '<p>None recorded.</p>',
    '</section>',
    `<footer>${escapeHtml(`${report.tool.name} ${report.tool.version} · report schema ${report.schemaVersion} · created ${report.createdAt}`)}</footer>`,
  ];
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(`Fairshot audit: ${title}`)}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    ...parts,
    '</body></html>',
    '',
  ].join('\n');
}

function figure(uri: string, caption: string): string {
  // Only our own encoder output belongs here; anything else would be a bug worth failing loudly on.
  if (!/^data:image\/(jpeg|png|gif|webp);base64,[A-Za-z0-9+/=]*$/.test(uri)) {
    throw new Error(`reportHtml: expected a base64 data:image URI, got ${uri.slice(0, 40)}…`);
  }
  return `<figure><img src="${uri}" alt="${escapeHtml(caption)}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
