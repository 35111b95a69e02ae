/**
 * Runs one command in a fresh process and measures its wall time and peak resident memory, so that each
 * variant of the end-to-end benchmark pays its own start-up (Node, sharp, the OpenCV wasm) honestly.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface E2eTimed {
  wallMs: number;
  /** Peak RSS of the child in KiB, or null when it could not be measured. */
  maxRssKb: number | null;
  /**
   * CPU time (user + system, all threads) of the child, ms, or null. Less disturbed than wall time when
   * other processes compete for the cores, so it is the fairer figure on a busy machine.
   */
  cpuMs: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

/** GNU time (Debian package "time"); without it, Node children report their own peak RSS. */
export const E2E_GNU_TIME = '/usr/bin/time';

// Loaded into a Node child with --import when GNU time is absent: prints its own peak RSS at exit.
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write(`\\n@@rusage ${u.maxRSS} ${(u.userCPUTime+u.systemCPUTime)/1000}\\n`)})';

/** Spawns `cmd args` in `cwd`; resolves when it exits, whatever its exit code. */
export async function e2eRun(cmd: string, args: readonly string[], cwd: string): Promise<E2eTimed> {
  const gnu = existsSync(E2E_GNU_TIME);
  const rssFile = join(tmpdir(), `fairshot-e2e-rss-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = gnu
    ? [E2E_GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]]
    : [cmd, cmd === process.execPath || cmd === 'node' ? ['--import', RSS_HOOK, ...args] : [...args]];
  const t0 = performance.now();
  const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const wallMs = performance.now() - t0;
  let stderr = Buffer.concat(err).toString('utf8');
  let maxRssKb: number | null = null;
  let cpuMs: number | null = null;
  if (gnu) {
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    await rm(rssFile, { force: true });
    // GNU time writes "Command exited with non-zero status N" above the figure when the child fails.
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(text.trim().split('\n').pop() ?? '');
    if (m) {
      maxRssKb = Number(m[1]);
      cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
    }
  } else {
    const m = /\n@@rusage (\d+) ([\d.]+)\n/.exec(stderr);
    if (m) {
      maxRssKb = Number(m[1]);
      cpuMs = Number(m[2]);
      stderr = stderr.replace(m[0], '');
    }
  }
  return { wallMs, maxRssKb, cpuMs, code, stdout: Buffer.concat(out).toString('utf8'), stderr };
}
