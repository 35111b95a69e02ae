/**
 * bin/fairshot.js runs the compiled dist/, so timing it against stale sources would time old code:
 * builds when dist/ is missing or older than any source it is compiled from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of the .ts files under `dir`, recursively. */
function newestTs(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestTs(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Returns one line saying what was found and done; throws when a needed build fails to produce dist/. */
export function e2eEnsureBuilt(root: string): string {
  const entry = join(root, 'dist', 'main', 'cli', 'index.js');
  const sources = Math.max(
    newestTs(join(root, 'shared')),
    newestTs(join(root, 'main')),
    statSync(join(root, 'tsconfig.build.json')).mtimeMs,
    statSync(join(root, 'tsconfig.base.json')).mtimeMs,
  );
  const why = !existsSync(entry)
    ? 'dist/ was missing'
    : statSync(entry).mtimeMs < sources
      ? 'dist/ was older than the sources'
      : null;
  if (why === null) return 'dist/ is up to date with the sources';
  process.stderr.write(`e2e: ${why}; running npm run build\n`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(entry)) throw new Error(`npm run build did not produce ${entry} (exit ${r.status})`);
  // tsc emits despite type errors; say so rather than time code that does not typecheck in silence.
  return r.status === 0
    ? `${why}: ran npm run build`
    : `${why}: ran npm run build, which reported errors (exit ${r.status}); timing what it emitted`;
}
