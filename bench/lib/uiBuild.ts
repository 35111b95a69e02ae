/** `fairshot serve` serves dist/renderer: builds it when it is missing or older than its sources. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, newestMtime } from './ensureBuilt.js';

/** Returns one line saying what was found and done; throws when the build produces no index.html. */
export function uiEnsureBuilt(root: string): string {
  return ensureBuilt(root, {
    who: 'ui',
    output: join(root, 'dist', 'renderer', 'index.html'),
    sources: Math.max(
      newestMtime(join(root, 'renderer')),
      newestMtime(join(root, 'shared', 'contract')),
      statSync(join(root, 'vite.config.ts')).mtimeMs,
    ),
    name: 'dist/renderer',
    sourcesName: 'renderer/',
    script: 'build:renderer',
  });
}
