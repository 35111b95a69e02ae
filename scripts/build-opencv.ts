/**
 * Builds dist/opencv/: the pinned @techstark/opencv-js split into its wasm binary and a small glue script,
 * so that a cold start pays less for OpenCV (issue 2). Run by `npm run build`.
 *
 * The package ships one 10.9 MB script with the 8 MB wasm inside it as base64, and its embind glue makes
 * every bound function with `new Function(...)`. Measured on the 2-core machine (Node 20, 3 runs each,
 * other work running): ready 560-850 ms as shipped; 350-540 ms with the wasm as a file compiled while the
 * glue loads; 235-265 ms with the three eval-built factories below replaced by closures (eval of about
 * 2000 small functions and the garbage it makes were 180-270 ms of the profile).
 *
 * The replaced functions (scripts/lib/splitOpenCv.ts) are matched by their exact text: if the package
 * changes, the build fails instead of shipping a patch applied to code it was not written for. The loader
 * (main/engine/opencv.ts) uses the package as shipped when dist/opencv/ is absent.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PINNED, splitOpenCv } from './lib/splitOpenCv.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'opencv');

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('@techstark/opencv-js/package.json');
  const version = (JSON.parse(await readFile(pkgJson, 'utf8')) as { version: string }).version;
  if (version !== PINNED)
    throw new Error(`build-opencv: found @techstark/opencv-js ${version}, expected ${PINNED}`);
  const { wasm, glue } = splitOpenCv(await readFile(join(dirname(pkgJson), 'dist', 'opencv.js'), 'utf8'));
  await mkdir(outDir, { recursive: true });
  // Written under temporary names and renamed, so an interrupted build never leaves half a file.
  for (const [name, data] of [
    ['opencv.wasm', wasm],
    ['opencv.cjs', glue],
  ] as const) {
    const temp = join(outDir, `.${name}.tmp`);
    await writeFile(temp, data);
    await rename(temp, join(outDir, name));
  }
  process.stdout.write(
    `build-opencv: dist/opencv/opencv.wasm ${(wasm.length / 1e6).toFixed(1)} MB, opencv.cjs ${(glue.length / 1e3).toFixed(0)} kB\n`,
  );
}

await main();
