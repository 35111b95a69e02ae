/**
 * Loads OpenCV wasm once per thread. The module object has a `then()`, so it is never awaited directly;
 * a static import hangs vitest, so it is loaded with createRequire.
 *
 * `npm run build` splits the package into dist/opencv/ (scripts/build-opencv.ts): the wasm is read and
 * compiled while the small glue script loads, and the glue builds its bindings without eval. That takes
 * the load from about 560 ms to about 250 ms on the 2-core machine. Without dist/opencv/ (a source
 * checkout that was never built) the package is loaded as shipped.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Cv } from '../../shared/analysis/cv.js';

/** The emscripten module: untyped until it is ready. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- emscripten's module object has no types
type EmscriptenModule = any;

/** The part of the WebAssembly API used here: the Node tsconfig's libs (ES2022, no DOM) do not declare it. */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<object>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let loading: Promise<Cv> | undefined;

/** dist/opencv/ seen from the compiled engine (dist/main/engine) or from the source (main/engine). */
function splitBuild(): { glue: string; wasm: string } | null {
  const rel = import.meta.url.endsWith('.ts') ? '../../dist/opencv/' : '../../opencv/';
  const dir = fileURLToPath(new URL(rel, import.meta.url));
  const glue = `${dir}opencv.cjs`;
  const wasm = `${dir}opencv.wasm`;
  return existsSync(glue) && existsSync(wasm) ? { glue, wasm } : null;
}

/** OpenCV for this thread: loaded on the first call, the same module after. */
export function loadOpenCv(): Promise<Cv> {
  if (!loading) {
    const split = splitBuild();
    loading = split ? loadSplitOpenCv(split.glue, split.wasm) : loadPackagedOpenCv();
  }
  return loading;
}

/** The package as shipped: one script with the wasm inline, initialised as soon as it is required. */
function loadPackagedOpenCv(): Promise<Cv> {
  return settle((done) =>
    withoutEmscriptenHandlers(() => {
      const mod: EmscriptenModule = createRequire(import.meta.url)('@techstark/opencv-js');
      if (typeof mod.Mat === 'function') done(mod);
      else mod.onRuntimeInitialized = () => done(mod);
    }),
  );
}

/**
 * The split build (scripts/build-opencv.ts): `glue` exports the emscripten factory and `wasm` is its
 * binary. Compiling starts before the glue is parsed; the glue asks for the instance through the
 * instantiateWasm hook. Exported for the test that compares it with the package as shipped.
 */
export function loadSplitOpenCv(glue: string, wasm: string): Promise<Cv> {
  return settle((done, fail) => {
    const compiled = readFile(wasm).then((bytes) => wasmApi.compile(bytes));
    compiled.catch(() => undefined); // reported through instantiateWasm below
    withoutEmscriptenHandlers(() => {
      const factory = createRequire(import.meta.url)(glue) as (m: EmscriptenModule) => unknown;
      const mod: EmscriptenModule = {
        instantiateWasm(imports: object, ready: (instance: object) => void): Record<string, never> {
          compiled
            .then((m) => wasmApi.instantiate(m, imports))
            .then(ready)
            .catch((e: unknown) => fail(new Error(`OpenCV wasm failed to load from ${wasm}: ${String(e)}`)));
          return {}; // emscripten's signal that the instance comes later
        },
      };
      mod.onRuntimeInitialized = () => done(mod);
      factory(mod);
    });
  });
}

/** Resolves with the ready module (its `then` removed), or fails after 60 s. */
function settle(
  start: (done: (mod: EmscriptenModule) => void, fail: (e: Error) => void) => void,
): Promise<Cv> {
  return new Promise<Cv>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('OpenCV wasm did not initialise within 60 s')), 60_000);
    timer.unref();
    const done = (mod: EmscriptenModule) => {
      clearTimeout(timer);
      // Strip `then` so that resolving with the module does not make the promise adopt it.
      delete (mod as { then?: unknown }).then;
      resolve(mod as Cv);
    };
    start(done, (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/**
 * The emscripten glue installs process-wide handlers that rethrow any uncaught error with its whole
 * minified source attached and abort on unhandled rejections; error handling is ours, so they go.
 */
function withoutEmscriptenHandlers(load: () => void): void {
  const before = new Set([
    ...process.listeners('uncaughtException'),
    ...process.listeners('unhandledRejection'),
  ]);
  try {
    load();
  } finally {
    for (const l of process.listeners('uncaughtException'))
      if (!before.has(l)) process.removeListener('uncaughtException', l);
    for (const l of process.listeners('unhandledRejection'))
      if (!before.has(l)) process.removeListener('unhandledRejection', l);
  }
}
