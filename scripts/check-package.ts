/**
 * `npm run check:package [-- --tar] [-- --keep]`: packages the app with electron-builder.yml as it is,
 * for the Linux `dir` target, against a stand-in Electron (the real binary cannot be downloaded here),
 * then checks what a real package would contain:
 *   - app.asar holds the compiled main, the preload, the UI, the sample pair and the production
 *     dependencies every packaged import needs, and nothing of the development tree;
 *   - sharp's native parts (the .node and libvips) and the OpenCV glue are unpacked real files, and the
 *     asar's header marks them so (Electron redirects reads of them to app.asar.unpacked);
 *   - the Electron fuses were flipped in the packaged binary (the stand-in carries a real fuse wire);
 *   - the preload bundle requires nothing but 'electron' (a sandboxed preload can load nothing else).
 * --tar also builds the `tar.gz` target with Debian's 7za (ELECTRON_BUILDER_7ZIP_PATH) and lists it.
 * The installers (AppImage, deb, NSIS, dmg) need tooling electron-builder downloads: not checked here.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** Electron 45's fuse wire as shipped (before electron-builder flips it): '1' enabled, '0' disabled. */
const SHIPPED_WIRE = '10110001';
/** The fuse sentinel @electron/fuses searches for, followed by the wire's version (1) and length. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A folder electron-builder accepts as an unpacked Electron: an `electron` script with a fuse wire. */
function makeStandInElectron(dir: string): void {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
  const script = Buffer.concat([
    Buffer.from(
      `#!/bin/sh\n# Stand-in for Electron ${version}; its fuse wire, as in the real binary: ${SENTINEL}`,
    ),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(`${SHIPPED_WIRE}\necho 'stand-in Electron: not runnable' >&2\nexit 1\n`),
  ]);
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), `v${version}`);
  writeFileSync(join(dir, 'LICENSE'), '');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '');
}

function electronBuilder(
  target: string,
  electronDist: string,
  output: string,
  env: NodeJS.ProcessEnv = {},
): void {
  const cli = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, '--linux', target, `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`];
  console.log(`electron-builder --linux ${target} (stand-in Electron)…`);
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`electron-builder --linux ${target} failed (exit ${r.status})`);
}

/** Bare package names imported by the compiled files under `dirs` ('electron' and Node's own excluded). */
function importedPackages(dirs: string[]): Set<string> {
  const names = new Set<string>();
  const pattern = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]([^'"./][^'"]*)['"]/g;
  for (const dir of dirs.map((d) => join(ROOT, d)))
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !/\.c?js$/.test(e.name)) continue;
      for (const m of readFileSync(join(e.parentPath, e.name), 'utf8').matchAll(pattern)) {
        const spec = m[1] as string;
        const name = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : (spec.split('/')[0] as string);
        if (name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name))
          names.add(name);
      }
    }
  return names;
}

/** `names` and every dependency they pull in, as installed here (optional ones absent here skipped). */
function dependencyClosure(names: Set<string>): Set<string> {
  const all = new Set<string>();
  const visit = (name: string) => {
    const manifest = join(ROOT, 'node_modules', name, 'package.json');
    if (all.has(name) || !existsSync(manifest)) return;
    all.add(name);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep);
  };
  for (const name of names) visit(name);
  return all;
}

function checkDirBuild(out: string): void {
  const resources = join(out, 'linux-unpacked', 'resources');
  const archive = join(resources, 'app.asar');
  const unpacked = join(resources, 'app.asar.unpacked');
  check(existsSync(archive), 'resources/app.asar exists');
  const files = new Set(asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/')));
  console.log(`     app.asar: ${files.size} entries, ${(statSync(archive).size / 1e6).toFixed(1)} MB`);

  for (const f of [
    '/package.json',
    '/dist/main/app/main.js',
    '/dist/main/app/ipc.js',
    '/dist/main/engine/pool/auditWorker.js',
    '/dist/main/engine/input/photoWorker.js',
    '/dist/shared/contract/api.js',
    '/dist/app/preload.cjs',
    '/dist/renderer/index.html',
    '/assets/samples/before.jpg',
    '/assets/samples/after.jpg',
  ])
    check(files.has(f), `app.asar contains ${f}`);
  const needed = importedPackages(['dist/main/app', 'dist/main/engine', 'dist/shared']);
  for (const name of [...needed].sort())
    check(
      files.has(`/node_modules/${name}/package.json`),
      `app.asar has ${name} (imported by the packaged code)`,
    );
  const missing = [...dependencyClosure(needed)].filter(
    (name) =>
      !files.has(`/node_modules/${name}/package.json`) &&
      ![...files].some((f) => f.endsWith(`/node_modules/${name}/package.json`)),
  );
  check(
    missing.length === 0,
    `with their dependencies (${dependencyClosure(needed).size} packages in all)${missing.length ? `: missing ${missing.join(', ')}` : ''}`,
  );

  const unwanted = [...files].filter((f) =>
    /^\/(main|shared|renderer|test|bench|scripts|scratch|out)\/|^\/dist\/main\/(cli|server)\/|\.map$|^\/node_modules\/(electron|electron-builder|vite|typescript|vitest|react|react-dom)\//.test(
      f,
    ),
  );
  check(
    unwanted.length === 0,
    `no sources, tests, maps, CLI/server or dev dependencies in app.asar${unwanted.length ? `: ${unwanted.slice(0, 5).join(', ')}` : ''}`,
  );

  const natives = [...files].filter((f) => /\.node$|\.so(\.\d+)*$/.test(f));
  check(
    natives.length >= 2,
    `sharp's native files listed: ${natives.map((f) => f.split('/').pop()).join(', ')}`,
  );
  for (const f of [
    ...natives,
    '/node_modules/@techstark/opencv-js/dist/opencv.js',
    '/dist/opencv/opencv.cjs',
    '/dist/opencv/opencv.wasm',
  ]) {
    const header = asar.statFile(archive, f.slice(1)) as { unpacked?: boolean };
    check(
      header.unpacked === true && existsSync(join(unpacked, f)),
      `unpacked (header flag and real file): ${f}`,
    );
  }

  const preload = readFileSync(join(ROOT, 'dist/app/preload.cjs'), 'utf8');
  const requires = [...preload.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  check(
    requires.length > 0 && requires.every((r) => r === 'electron'),
    `preload.cjs requires only electron (${requires.join(', ')})`,
  );
  check(existsSync(join(resources, 'README.md')), 'README.md beside the asar (Help > README)');
}

async function checkFuses(binary: string): Promise<void> {
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
  const state = (o: FuseV1Options) => String.fromCharCode(wire[o] ?? 0);
  const expected: Array<[FuseV1Options, string]> = [
    [FuseV1Options.RunAsNode, '0'],
    [FuseV1Options.EnableCookieEncryption, '1'],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, '0'],
    [FuseV1Options.EnableNodeCliInspectArguments, '0'],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, '1'],
    [FuseV1Options.OnlyLoadAppFromAsar, '1'],
  ];
  for (const [fuse, want] of expected)
    check(
      state(fuse) === want,
      `fuse ${FuseV1Options[fuse]} = ${want === '1' ? 'on' : 'off'} in the packaged binary`,
    );
}

function checkTar(out: string): void {
  const tarball = readdirSync(out).find((f) => f.endsWith('.tar.gz'));
  check(tarball !== undefined, 'tar.gz built');
  if (!tarball) return;
  const list = spawnSync('tar', ['tzf', join(out, tarball)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  check(/\/resources\/app\.asar\n/.test(list), `${tarball} contains resources/app.asar`);
  check(
    /app\.asar\.unpacked\/node_modules\/@img\/sharp-linux-x64\/lib\/[^/\n]+\.node\n/.test(list),
    `${tarball} contains sharp's unpacked .node`,
  );
  console.log(`     ${tarball}: ${(statSync(join(out, tarball)).size / 1e6).toFixed(1)} MB`);
}

async function main(): Promise<void> {
  for (const f of ['dist/main/app/main.js', 'dist/app/preload.cjs', 'dist/renderer/index.html'])
    if (!existsSync(join(ROOT, f)))
      throw new Error(`${f} is missing: build first (npm run build && npm run build:app)`);
  const work = mkdtempSync(join(tmpdir(), 'fairshot-check-package-'));
  try {
    const electronDist = join(work, 'electron');
    makeStandInElectron(electronDist);
    const out = join(work, 'out');
    electronBuilder('dir', electronDist, out);
    checkDirBuild(out);
    await checkFuses(join(out, 'linux-unpacked', 'fairshot'));
    if (argv.includes('--tar')) {
      const tarOut = join(work, 'out-tar');
      electronBuilder('tar.gz', electronDist, tarOut, { ELECTRON_BUILDER_7ZIP_PATH: '/usr/bin/7za' });
      checkTar(tarOut);
    }
  } finally {
    if (argv.includes('--keep')) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(
    failures.length === 0
      ? '\ncheck-package: all checks passed'
      : `\ncheck-package: ${failures.length} failed`,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
}

await main();
