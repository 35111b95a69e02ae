/**
 * Alignment and exposure correction details for report.html.
 */
import type { AuditReport } from '../../../shared/contract/report.js';
import { fmtNumber } from './fmtNumber.js';
import { keyValueTable } from './keyValueTable.js';

/** Two tables: how the after photo was aligned, and how its exposure was matched to the before. */
export function alignmentSection(report: AuditReport): string {
  const a = report.alignment;
  const e = report.exposure;
  const pct = (v: number) => `${fmtNumber(v * 100, 1)} %`;
  const alignment = keyValueTable([
    ['Status', a.status],
    ['Reason', a.reason ?? '—'],
    ['Model', a.model ?? '—'],
    ['Method', a.method],
    ['Inliers', String(a.inliers)],
    ['Confidence', fmtNumber(a.confidence, 2)],
    [
      'Rotation',
      a.rotationDeg === null ? '—' : `${fmtNumber(a.rotationDeg, 2)}° (clockwise on screen positive)`,
    ],
    ['Scale', a.scale === null ? '—' : `${fmtNumber(a.scale, 3)}× (after relative to before)`],
    ['Tilt', a.tiltDeg === null ? '—' : `${fmtNumber(a.tiltDeg, 2)}°`],
    ['Overlap', a.overlap === null ? '—' : `before ${pct(a.overlap.before)} · after ${pct(a.overlap.after)}`],
    ['Similarity (NCC)', fmtNumber(a.similarity, 3)],
  ]);
  const evWords =
    e.ev > 0
      ? 'the after photo was darker and was brightened'
      : e.ev < 0
        ? 'the after photo was brighter and was darkened'
        : 'no change';
  const exposure = keyValueTable([
    ['Applied', e.applied ? 'yes' : 'no'],
    [
      'Reference area',
      e.reference === 'rect' && e.rect
        ? `rectangle ${e.rect.map((v) => fmtNumber(v, 0)).join(', ')} (x, y, w, h in before px)`
        : e.reference,
    ],
    ['Exposure', `${e.ev >= 0 ? '+' : ''}${fmtNumber(e.ev, 2)} EV (${evWords})`],
    ['Gains (linear R, G, B)', e.gains.map((g) => fmtNumber(g, 3)).join(', ')],
    [
      'White balance',
      `${e.whiteBalance.description} (red ${fmtNumber(e.whiteBalance.redStops, 2)}, blue ${fmtNumber(e.whiteBalance.blueStops, 2)} stops)`,
    ],
  ]);
  return `<section><h2>Alignment</h2>${alignment}</section><section><h2>Exposure correction</h2>${exposure}</section>`;
}
