/**
 * `fairshot serve` serves dist/renderer, so timing it against stale sources would time an old UI:
 * builds the renderer when its index.html is missing or older than any source it is built from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Returns one line saying what was found and done; throws when the build produces no index.html. */
export function uiEnsureBuilt(root: string): string {
  const index = join(root, 'dist', 'renderer', 'index.html');
  const sources = Math.max(
    newest(join(root, 'renderer')),
    newest(join(root, 'shared', 'contract')),
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  const why = !existsSync(index)
    ? 'dist/renderer was missing'
    : statSync(index).mtimeMs < sources
      ? 'dist/renderer was older than renderer/'
      : null;
  if (why === null) return 'dist/renderer is up to date with renderer/';
  process.stderr.write(`ui: ${why}; running npm run build:renderer\n`);
  const r = spawnSync('npm', ['run', 'build:renderer'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 || !existsSync(index))
    throw new Error(`npm run build:renderer failed (exit ${r.status})`);
  return `${why}: ran npm run build:renderer`;
}
