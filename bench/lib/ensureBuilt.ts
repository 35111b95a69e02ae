/**
 * Benchmarks run built code (bin/fairshot.js runs dist/, `fairshot serve` serves dist/renderer), so
 * timing it against stale sources would time old code: this builds when the output is missing or older
 * than any of its sources, and says in one line what it found and did.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of the files under `dir` (only those `keep` accepts), recursively. */
export function newestMtime(dir: string, keep: (name: string) => boolean = () => true): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newestMtime(p, keep));
    else if (keep(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

export interface BuildTarget {
  /** Prefix of the progress line on stderr ("e2e", "ui"). */
  who: string;
  /** A file the build writes; its age is the build's. */
  output: string;
  /** Newest modification time of the sources it is built from. */
  sources: number;
  /** How the output is named in the message ("dist/"). */
  name: string;
  /** How the sources are named in the message ("the sources"). */
  sourcesName: string;
  /** The npm script that builds it. */
  script: string;
  /**
   * Accept a build that exits non-zero but writes the output (tsc emits despite type errors), saying
   * so; otherwise such a build throws. @default false
   */
  tolerateErrors?: boolean;
}

/** Returns one line saying what was found and done; throws when the build does not produce the output. */
export function ensureBuilt(root: string, t: BuildTarget): string {
  const why = !existsSync(t.output)
    ? `${t.name} was missing`
    : statSync(t.output).mtimeMs < t.sources
      ? `${t.name} was older than ${t.sourcesName}`
      : null;
  if (why === null) return `${t.name} is up to date with ${t.sourcesName}`;
  process.stderr.write(`${t.who}: ${why}; running npm run ${t.script}\n`);
  const r = spawnSync('npm', ['run', t.script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(t.output) || (r.status !== 0 && !t.tolerateErrors))
    throw new Error(`npm run ${t.script} failed to produce ${t.output} (exit ${r.status})`);
  // tsc emits despite type errors; say so rather than time code that does not typecheck in silence.
  return r.status === 0
    ? `${why}: ran npm run ${t.script}`
    : `${why}: ran npm run ${t.script}, which reported errors (exit ${r.status}); timing what it emitted`;
}
