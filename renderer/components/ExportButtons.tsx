/** Exports of the current analysis. PDF needs Electron's print-to-PDF, so the browser does not offer it. */
import type { ReactNode } from 'react';
import type { Api, ExportKind } from '../../shared/contract/api.js';

const EXPORTS: { kind: ExportKind; label: string; electronOnly?: boolean }[] = [
  { kind: 'report-html', label: 'Report HTML' },
  { kind: 'report-pdf', label: 'PDF', electronOnly: true },
  { kind: 'side-by-side-png', label: 'Side-by-side PNG' },
  { kind: 'flicker-gif', label: 'Flicker GIF' },
];

export function ExportButtons(p: {
  api: Api;
  analysisId: string | null;
  onExport(kind: ExportKind): void;
}): ReactNode {
  return (
    <div className="export" role="group" aria-label="Export">
      <span className="group-label">Export</span>
      {EXPORTS.filter((e) => !e.electronOnly || p.api.kind === 'electron').map((e) => (
        <button key={e.kind} type="button" disabled={!p.analysisId} onClick={() => p.onExport(e.kind)}>
          {e.label}
        </button>
      ))}
    </div>
  );
}
