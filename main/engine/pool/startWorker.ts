/**
 * Starts a worker thread from a module next to the caller: the compiled `NAME.js` in dist/, or the
 * TypeScript source `NAME.ts` when running under tsx (tests and the benchmark). Node 20 ignores
 * `--import tsx` in a worker's execArgv, so the source case boots through a two-line script that
 * registers tsx's loader in the worker first.
 */
import { Worker } from 'node:worker_threads';

/** `from` is the caller's import.meta.url; `name` the worker module's file name without extension. */
export function startWorker(from: string, name: string): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from));
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, from).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}
