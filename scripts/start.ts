/**
 * `npm start [-- BEFORE AFTER]`: builds what is stale, then opens the desktop app, or, when Electron
 * cannot run here, the same UI in serve mode (`fairshot serve`), printing its URL.
 *
 * Electron's binary is looked up without `require('electron')`: that call downloads the binary when it
 * is missing, which on an offline machine fails only after the network gives up. So the binary counts as
 * missing unless node_modules/electron/path.txt names a file that exists (or ELECTRON_OVERRIDE_DIST_PATH
 * points at one). A binary that exits with an error within STARTUP_MS (no display, missing libraries)
 * also falls back to serve mode. `npm start -- --serve` skips Electron.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How long Electron must stay up to count as started. */
const STARTUP_MS = 5000;

/** Newest modification time under `paths` (files or folders), 0 when none exist. */
function newest(paths: string[]): number {
  let t = 0;
  for (const p of paths.map((x) => join(ROOT, x))) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    if (!st.isDirectory()) t = Math.max(t, st.mtimeMs);
    else
      for (const e of readdirSync(p, { recursive: true, withFileTypes: true }))
        if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** Whether `output` is missing or older than any of `sources`. */
function stale(output: string, sources: string[]): boolean {
  const out = join(ROOT, output);
  return !existsSync(out) || statSync(out).mtimeMs < newest(sources);
}

function run(what: string, args: string[]): void {
  console.error(`fairshot start: building ${what}…`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`fairshot start: building ${what} failed`);
    process.exit(r.status ?? 1);
  }
}

function buildIfNeeded(): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (
    stale('dist/main/cli/index.js', ['main', 'shared']) ||
    stale('dist/main/app/main.js', ['main', 'shared'])
  )
    run('main (tsc)', [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
  if (stale('dist/app/preload.cjs', ['main/app/preload.ts', 'main/app/channels.ts', 'vite.app.config.ts']))
    run('the preload', [vite, 'build', '-c', 'vite.app.config.ts', '--logLevel', 'warn']);
  if (stale('dist/renderer/index.html', ['renderer', 'shared', 'vite.config.ts']))
    run('the UI', [vite, 'build', '--logLevel', 'warn']);
}

/** The Electron executable, or why there is none. Never downloads. */
function electronBinary(): { path: string } | { missing: string } {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, name ?? 'electron') : name ? join(pkg, 'dist', name) : null;
  if (!path)
    return {
      missing: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)',
    };
  if (!existsSync(path)) return { missing: `the Electron binary is missing (${path})` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return { missing: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  return { path };
}

/** Forwards Ctrl+C and termination to the child, and exits with its code. */
function adopt(child: ChildProcess): void {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Resolves true when Electron is still running after STARTUP_MS, false when it failed before. */
function launchElectron(binary: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(binary, ['.', ...args], { cwd: ROOT, stdio: 'inherit' });
    const timer = setTimeout(() => {
      child.removeAllListeners('exit');
      adopt(child);
      resolve(true);
    }, STARTUP_MS);
    child.once('error', (err) => {
      clearTimeout(timer);
      console.error(`fairshot start: Electron did not start (${err.message})`);
      resolve(false);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // A clean exit within the first seconds is a person closing the window: done, no fallback.
      if (code === 0) process.exit(0);
      console.error(`fairshot start: Electron exited at startup (${signal ?? `code ${code}`})`);
      resolve(false);
    });
  });
}

/** `fairshot serve`, with its URL printed where it cannot be missed. */
function serve(args: string[]): void {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'fairshot.js'), 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = false;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const url = /https?:\/\/\S+/.exec(chunk)?.[0];
    if (url && !printed) {
      printed = true;
      console.log(`\nFairshot (serve mode): open ${url}\n`);
    } else process.stdout.write(chunk);
  });
  adopt(child);
}

async function main(argv: string[]): Promise<void> {
  const forceServe = argv.includes('--serve');
  const args = argv.filter((a) => a !== '--serve');
  buildIfNeeded();
  const electron = forceServe ? { missing: '--serve was given' } : electronBinary();
  if ('path' in electron) {
    if (await launchElectron(electron.path, args)) return;
  } else console.error(`fairshot start: not opening the desktop app: ${electron.missing}.`);
  console.error('fairshot start: falling back to serve mode (the same UI in a browser).');
  serve(args);
}

await main(process.argv.slice(2));
