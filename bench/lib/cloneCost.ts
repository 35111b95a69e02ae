/**
 * The clone search's own cost per 12 MP photo, as a fresh photo thread pays it: each run is a new
 * process (cloneCostChild.ts) that searches the bench pair's before and then its after photo, so the
 * first search runs on code V8 has not optimized yet and the second on partly optimized code, as in
 * one `fairshot audit`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './e2eMedian.js';

export interface CloneCost {
  /** Medians over the runs, ms: CPU (all of the process's threads) and wall, per photo in order. */
  cpu: [number, number];
  wall: [number, number];
}

/** Runs `runs` fresh processes on the two photos; null when a child fails. */
export function cloneCost(before: string, after: string, runs: number): CloneCost | null {
  const child = fileURLToPath(new URL('./cloneCostChild.ts', import.meta.url));
  const rows: { cpu: number; wall: number }[][] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, before, after], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    rows.push(JSON.parse(r.stdout) as { cpu: number; wall: number }[]);
  }
  const at = (k: 'cpu' | 'wall', i: number) =>
    median(rows.map((r) => (r[i] as { cpu: number; wall: number })[k]));
  return { cpu: [at('cpu', 0), at('cpu', 1)], wall: [at('wall', 0), at('wall', 1)] };
}
