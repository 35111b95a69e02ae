import type { ExportKind, MenuCommand } from '../../shared/contract/api.js';
import type { ViewState } from './useViewState.js';

/** What a menu command does in the UI (the Electron menu mirrors the toolbar and the export buttons). */
export function menuAction(
  c: MenuCommand,
  ctx: { s: ViewState; openDialog(): void; showRecent(): void; exportFile(kind: ExportKind): void },
): void {
  switch (c) {
    case 'open':
      return ctx.openDialog();
    case 'show-recent':
      return ctx.showRecent();
    case 'export-html':
      return ctx.exportFile('report-html');
    case 'export-pdf':
      return ctx.exportFile('report-pdf');
    case 'export-png':
      return ctx.exportFile('side-by-side-png');
    case 'export-gif':
      return ctx.exportFile('flicker-gif');
    case 'view-side-by-side':
      return ctx.s.setView('side-by-side');
    case 'view-swipe':
      return ctx.s.setView('swipe');
    case 'view-onion':
      return ctx.s.setView('onion');
    case 'view-flicker':
      return ctx.s.setView('flicker');
    case 'view-difference':
      return ctx.s.setView('difference');
    case 'view-error-level':
      return ctx.s.setView('error-level');
  }
}
