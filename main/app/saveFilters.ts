/** Save-dialog filters per export, and the open dialog's photo filter (the formats readPhoto reads). */
import type { ExportKind } from '../../shared/contract/api.js';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const SAVE_FILTERS: Record<ExportKind, FileFilter> = {
  'report-html': { name: 'HTML report', extensions: ['html'] },
  'report-pdf': { name: 'PDF report', extensions: ['pdf'] },
  'side-by-side-png': { name: 'PNG image', extensions: ['png'] },
  'flicker-gif': { name: 'GIF animation', extensions: ['gif'] },
  'report-json': { name: 'JSON report', extensions: ['json'] },
};

export const PHOTO_FILTER: FileFilter = {
  name: 'Photos',
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'tif', 'tiff', 'avif', 'gif', 'heic', 'heif'],
};
