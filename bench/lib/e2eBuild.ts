/** bin/fairshot.js runs the compiled dist/: builds it when it is missing or older than its sources. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, newestMtime } from './ensureBuilt.js';

/** Returns one line saying what was found and done; throws when a needed build fails to produce dist/. */
export function e2eEnsureBuilt(root: string): string {
  const ts = (name: string) => name.endsWith('.ts');
  return ensureBuilt(root, {
    who: 'e2e',
    output: join(root, 'dist', 'main', 'cli', 'index.js'),
    sources: Math.max(
      newestMtime(join(root, 'shared'), ts),
      newestMtime(join(root, 'main'), ts),
      statSync(join(root, 'tsconfig.build.json')).mtimeMs,
      statSync(join(root, 'tsconfig.base.json')).mtimeMs,
    ),
    name: 'dist/',
    sourcesName: 'the sources',
    script: 'build',
    tolerateErrors: true,
  });
}
