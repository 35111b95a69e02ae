/**
 * One export of a kept analysis, from the renders the worker made: the report (HTML, JSON), the flicker
 * GIF, or the annotated side by side (made here on first use and kept). No export names a path.
 */
import type { Analysis, ExportKind } from '../../../shared/contract/api.js';
import { annotatedSideBySide } from './annotatedSideBySide.js';
import { ServiceError } from './ServiceError.js';

/** What an analysis keeps for its exports (PairService's record of it). */
export interface ExportSource {
  analysis: Analysis;
  rendered: Map<string, Uint8Array | string>;
  /** The annotated side by side, once made. */
  sideBySide: Promise<Buffer> | null;
}

/** The export's bytes and a file name made from the photos' names. Throws a bad-input ServiceError when it cannot exist. */
export async function exportOf(
  kept: ExportSource,
  kind: ExportKind,
): Promise<{ fileName: string; mime: string; bytes: Uint8Array }> {
  const { report } = kept.analysis;
  const stem = `fairshot-${slug(report.before.name)}-vs-${slug(report.after.name)}`;
  const text = (name: 'report.html' | 'report.json') =>
    Buffer.from(kept.rendered.get(name) as string, 'utf8');
  switch (kind) {
    case 'report-html':
      return { fileName: `${stem}.html`, mime: 'text/html; charset=utf-8', bytes: text('report.html') };
    case 'report-json':
      return { fileName: `${stem}.json`, mime: 'application/json', bytes: text('report.json') };
    case 'flicker-gif': {
      const gif = kept.rendered.get('flicker.gif');
      if (!(gif instanceof Uint8Array)) {
        throw new ServiceError(
          'bad-input',
          'no flicker: the photos could not be aligned and differ in shape',
        );
      }
      return { fileName: `${stem}-flicker.gif`, mime: 'image/gif', bytes: gif };
    }
    case 'side-by-side-png': {
      const right = kept.rendered.get('aligned-normalized.jpg');
      kept.sideBySide ??= annotatedSideBySide(
        {
          bytes: kept.rendered.get('before.jpg') as Uint8Array,
          label: right ? 'BEFORE' : 'BEFORE (AS SHOT)',
        },
        right instanceof Uint8Array
          ? { bytes: right, label: 'AFTER (ALIGNED)' }
          : { bytes: kept.rendered.get('after.jpg') as Uint8Array, label: 'AFTER (AS SHOT)' },
        report,
      );
      return { fileName: `${stem}-side-by-side.png`, mime: 'image/png', bytes: await kept.sideBySide };
    }
    case 'report-pdf':
      throw new ServiceError(
        'bad-input',
        'report-pdf: the PDF is printed by the desktop app; export report-html here',
      );
  }
}

/** A file-name-safe form of a photo's name, without its extension. */
function slug(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  return (
    stem
      .replace(/[^A-Za-z0-9_-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'photo'
  );
}
