/**
 * The window: open and export on top, the compare area (or a landmark / reference tool) on the left, the
 * verdict and flags on the right. State lives in hooks (useAudit, useViewState); this file only wires them.
 */
import type { ReactNode } from 'react';
import { useCallback, useEffect } from 'react';
import type { Api, ExportKind, MenuCommand } from '../../shared/contract/api.js';
import { canAlign } from '../lib/layers.js';
import { useAnalysisImages } from '../lib/useAnalysisImages.js';
import { useAudit } from '../lib/useAudit.js';
import { useFileIntake } from '../lib/useFileIntake.js';
import { useShortcuts } from '../lib/useShortcuts.js';
import { useStaged } from '../lib/useStaged.js';
import { useStartup } from '../lib/useStartup.js';
import { usePreview } from '../lib/usePreview.js';
import { useViewState } from '../lib/useViewState.js';
import { menuAction } from '../lib/menuAction.js';
import { AlignmentBanner } from './AlignmentBanner.js';
import { AlignmentSummary } from './AlignmentSummary.js';
import { CompareArea } from './CompareArea.js';
import { ExportButtons } from './ExportButtons.js';
import { FlagsPanel } from './FlagsPanel.js';
import { GainFilter } from './GainFilter.js';
import { ManualAlignment } from './ManualAlignment.js';
import { OpenControls } from './OpenControls.js';
import { ProgressLine } from './ProgressLine.js';
import { ReferenceRect } from './ReferenceRect.js';
import { SplitEditor } from './SplitEditor.js';
import { StatusLines } from './StatusLines.js';
import { ToolButtons } from './ToolButtons.js';
import { ViewToolbar } from './ViewToolbar.js';

export function App({ api }: { api: Api }): ReactNode {
  const audit = useAudit(api);
  const s = useViewState();
  const { analysis, pair, options } = audit;
  // A new result shows its verdict and flags first; the compare area follows in a later render React can
  // slice, so the two layouts do not fall in one task (bench/ui.ts: one 90-100 ms task at the result's
  // arrival when both appeared together).
  const staged = useStaged(analysis);
  const urls = useAnalysisImages(api, staged, audit.report);
  const dragging = useFileIntake(audit.uploadFiles);
  const { proposal } = audit;
  const editing = proposal?.split ? { ...proposal, split: proposal.split } : null;
  const previewUrl = usePreview(api, editing?.photo.id ?? null, audit.report);
  useShortcuts(s, s.tool === 'none' && analysis !== null && !editing);

  const exportFile = useCallback(
    async (kind: ExportKind) => {
      if (!analysis) return;
      try {
        const r = await api.exportFile(analysis.id, kind);
        audit.tell(r.savedAs ? `Saved ${r.savedAs}` : api.kind === 'http' ? 'Download started.' : null);
      } catch (e) {
        audit.report(e);
      }
    },
    [api, analysis, audit],
  );
  const onMenu = useCallback(
    (c: MenuCommand) =>
      menuAction(c, {
        s,
        openDialog: () => void api.openDialog().then(audit.openPhotos, audit.report),
        // The recent pairs live in the toolbar's picker; the menu item takes the keyboard there.
        showRecent: () =>
          document.querySelector<HTMLSelectElement>('select[aria-label="Recent pairs"]')?.focus(),
        exportFile: (k) => void exportFile(k),
      }),
    [s, api, audit.openPhotos, audit.report, exportFile],
  );
  const recent = useStartup(api, audit, onMenu);

  // A new analysis starts with its first flag unselected and the tools closed.
  const { setSelectedFlag, setTool } = s;
  useEffect(() => {
    setSelectedFlag(null);
    setTool('none');
  }, [analysis, setSelectedFlag, setTool]);

  const aligned = staged ? canAlign(staged) : false;
  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Fairshot</h1>
        <OpenControls api={api} audit={audit} recent={recent} />
        {pair && (
          <span className="pair-name" title={`${pair.before.name} → ${pair.after.name}`}>
            {pair.before.name} → {pair.after.name}
          </span>
        )}
        <ExportButtons api={api} analysisId={analysis?.id ?? null} onExport={(k) => void exportFile(k)} />
      </header>
      {audit.progress && <ProgressLine progress={audit.progress} onCancel={audit.cancel} />}
      <StatusLines error={audit.error} notice={audit.notice} onDismiss={audit.clearError} />
      <main className="workspace">
        {editing ? (
          <SplitEditor
            key={editing.photo.id}
            proposal={editing}
            previewUrl={previewUrl}
            busy={audit.progress !== null}
            onCompare={audit.compareSplit}
            onOnePhoto={audit.onePhoto}
          />
        ) : (
          <>
            <div className="stage-column">
              {!staged ? (
                <div className="empty">
                  {analysis
                    ? 'Preparing the views…'
                    : audit.progress
                      ? 'Analyzing the pair…'
                      : 'Drop a before and an after photo anywhere in this window, paste one, or use Open photos.'}
                </div>
              ) : s.tool === 'landmarks' && pair ? (
                <ManualAlignment
                  analysis={staged}
                  urls={urls}
                  onCancel={() => s.setTool('none')}
                  onAccept={(manual) => {
                    s.setTool('none');
                    void audit.analyze(pair, { ...options, manual });
                  }}
                />
              ) : s.tool === 'reference' && pair ? (
                <ReferenceRect
                  analysis={staged}
                  urls={urls}
                  initial={options.referenceRect}
                  onCancel={() => s.setTool('none')}
                  onUse={(referenceRect) => {
                    s.setTool('none');
                    void audit.analyze(pair, { ...options, referenceRect });
                  }}
                />
              ) : s.tool === 'coverage' && pair ? (
                <ReferenceRect
                  analysis={staged}
                  urls={urls}
                  initial={options.coverageRect ?? null}
                  title="Scalp coverage region"
                  help="Drag a rectangle on the before photo over the scalp to measure: the share of visible scalp is then read there only, in both photos."
                  onCancel={() => s.setTool('none')}
                  onUse={(coverageRect) => {
                    s.setTool('none');
                    void audit.analyze(pair, { ...options, coverageRect });
                  }}
                />
              ) : (
                <>
                  <AlignmentBanner
                    alignment={staged.report.alignment}
                    onManual={() => s.setTool('landmarks')}
                  />
                  <ViewToolbar s={s} canAlign={aligned} canNormalize={staged.report.exposure.applied} />
                  <CompareArea analysis={staged} urls={urls} s={s} api={api} />
                </>
              )}
            </div>
            {analysis && (
              <aside className="side" aria-label="Report">
                <FlagsPanel report={analysis.report} selected={s.selectedFlag} onSelect={s.setSelectedFlag} />
                <ToolButtons
                  s={s}
                  options={options}
                  onClearManual={() => pair && void audit.analyze(pair, { ...options, manual: null })}
                />
                <AlignmentSummary report={analysis.report} manual={options.manual !== null} />
              </aside>
            )}
          </>
        )}
      </main>
      {dragging && <div className="drop-hint">Drop one or two photos: before, then after</div>}
      {analysis && <GainFilter gains={analysis.report.exposure.gains} />}
    </div>
  );
}
