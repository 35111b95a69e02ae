/**
 * Loads OpenCV wasm once per thread. The module object has a `then()`, so it is never awaited directly;
 * a static import hangs vitest, so it is loaded with createRequire.
 */
import { createRequire } from 'node:module';
import type { Cv } from '../../shared/analysis/cv.js';

let loading: Promise<Cv> | undefined;

export function loadOpenCv(): Promise<Cv> {
  if (!loading) {
    loading = new Promise<Cv>((resolve, reject) => {
      const require = createRequire(import.meta.url);
      // The emscripten glue installs process-wide handlers that rethrow any uncaught error with its whole
      // minified source attached and abort on unhandled rejections; error handling is ours, so they go.
      const before = new Set([
        ...process.listeners('uncaughtException'),
        ...process.listeners('unhandledRejection'),
      ]);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emscripten module is untyped until ready
      const mod: any = require('@techstark/opencv-js');
      for (const l of process.listeners('uncaughtException'))
        if (!before.has(l)) process.removeListener('uncaughtException', l);
      for (const l of process.listeners('unhandledRejection'))
        if (!before.has(l)) process.removeListener('unhandledRejection', l);
      const done = () => {
        // Strip `then` so that resolving with the module does not make the promise adopt it.
        const cv = mod as Cv & { then?: unknown };
        delete cv.then;
        resolve(cv);
      };
      if (typeof mod.Mat === 'function') done();
      else {
        mod.onRuntimeInitialized = done;
        setTimeout(() => reject(new Error('OpenCV wasm did not initialise within 60 s')), 60_000).unref();
      }
    });
  }
  return loading;
}
