/**
 * Runs a synchronous piece of work with V8's on-stack replacement (OSR) compiling on the calling thread
 * instead of on V8's background threads.
 *
 * Why: the analysis's hot loops run once per photo over a few hundred thousand pixels, so V8 optimizes
 * them mid-loop (OSR). Concurrently, the loop keeps running in the interpreter until the optimized code
 * comes back from the background queue; in a cold audit that queue is busy with OpenCV's wasm tier-up
 * (~0.4 s of TurboFan) and the photo thread's compiles, so the loops waited in the interpreter, 10-50x
 * slower, and several were compiled twice. Compiled on the spot, each costs its compile (a few ms) once.
 * The optimized code is the same either way, so results are too.
 *
 * The flag is process-wide: other threads also compile OSR on their own thread meanwhile (the photo
 * thread's provenance, niced, gains the same way), and it is set back afterwards, so the code caches of
 * Node's own modules, keyed by V8's flags, still serve threads and modules loaded later. A flag given
 * on the command line is left alone.
 */
import { setFlagsFromString } from 'node:v8';

export interface SynchronousOsrOptions {
  /** Node's command-line flags: any concurrent-osr setting there is the user's and is kept. @default process.execArgv */
  execArgv?: readonly string[];
  /** Sets V8 flags. @default v8.setFlagsFromString */
  setFlags?: (flags: string) => void;
}

/** `work()`'s result (or its exception), with OSR synchronous while it runs. */
export function synchronousOsr<T>(work: () => T, options: SynchronousOsrOptions = {}): T {
  const argv = options.execArgv ?? process.execArgv;
  if (argv.some((a) => /concurrent[-_]osr/.test(a))) return work();
  const setFlags = options.setFlags ?? setFlagsFromString;
  setFlags('--no-concurrent-osr');
  try {
    return work();
  } finally {
    setFlags('--concurrent-osr');
  }
}
