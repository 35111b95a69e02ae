/**
 * Both photos' file facts and camera metadata side by side. GPS coordinates are never shown: only
 * whether the file carries any.
 */
import type { PhotoInfo } from '../../../shared/contract/report.js';
import { escapeHtml } from './escapeHtml.js';
import { fmtNumber } from './fmtNumber.js';

type Row = readonly [string, (p: PhotoInfo) => string];

const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');
const text = (v: string | null) => v ?? '—';

const ROWS: readonly Row[] = [
  // The name only, not the path: the path says who the user is and where they keep things.
  ['File', (p) => p.name],
  ['Format', (p) => p.format],
  ['Size', (p) => `${p.width} × ${p.height} px`],
  ['Bytes', (p) => p.bytes.toLocaleString('en-US')],
  ['SHA-256', (p) => p.sha256],
  ['EXIF orientation', (p) => String(p.orientation)],
  ['JPEG quality (est.)', (p) => fmtNumber(p.jpegQuality, 0)],
  ['Camera metadata present', (p) => yesNo(p.hasMetadata)],
  ['Captured', (p) => text(p.exif.captureTime)],
  ['Make', (p) => text(p.exif.make)],
  ['Model', (p) => text(p.exif.model)],
  ['Lens', (p) => text(p.exif.lens)],
  ['Focal length', (p) => (p.exif.focalLengthMm === null ? '—' : `${fmtNumber(p.exif.focalLengthMm, 1)} mm`)],
  [
    'Focal length (35 mm eq.)',
    (p) => (p.exif.focalLength35mm === null ? '—' : `${fmtNumber(p.exif.focalLength35mm, 0)} mm`),
  ],
  ['Exposure time', (p) => exposureTime(p.exif.exposureTimeS)],
  ['Aperture', (p) => (p.exif.fNumber === null ? '—' : `f/${fmtNumber(p.exif.fNumber, 1)}`)],
  ['ISO', (p) => fmtNumber(p.exif.iso, 0)],
  ['Flash fired', (p) => yesNo(p.exif.flashFired)],
  ['White balance', (p) => text(p.exif.whiteBalance)],
  ['Software', (p) => text(p.exif.software)],
  ['ICC profile', (p) => text(p.exif.iccProfile)],
  ['GPS present', (p) => yesNo(p.exif.hasGps)],
];

/** A table with one row per fact and a column per photo; every value is escaped. */
export function photosTable(before: PhotoInfo, after: PhotoInfo): string {
  const rows = ROWS.map(
    ([label, get]) =>
      `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(get(before))}</td><td>${escapeHtml(get(after))}</td></tr>`,
  );
  return (
    '<table class="grid photos"><thead><tr><th></th><th>Before</th><th>After</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function exposureTime(s: number | null): string {
  if (s === null) return '—';
  // Cameras state short exposures as fractions; 1/120 s reads better than 0.0083 s.
  return s < 1 && s > 0 ? `1/${fmtNumber(1 / s, 0)} s` : `${fmtNumber(s, 2)} s`;
}
