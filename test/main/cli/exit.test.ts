/**
 * The process ends when the command does. An audit once started the photo thread before knowing it
 * would read a photo; a usage error, a missing file or a composite (read on the main thread) left that
 * thread referenced and the process waiting forever after printing its result.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../main/engine/version.js';

/** Runs `fairshot ARGS` from the source in a child process: its exit code, or 'hung' after `ms`. */
async function run(args: string[], ms: number): Promise<number | 'hung'> {
  const entry = JSON.stringify(join(projectRoot(), 'main', 'cli', 'index.ts'));
  const script = `import(${entry}).then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: projectRoot(),
    stdio: 'ignore',
  });
  const exited = new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)));
  const timer = new Promise<'hung'>((res) => setTimeout(() => res('hung'), ms));
  const result = await Promise.race([exited, timer]);
  if (result === 'hung') {
    child.kill('SIGKILL');
    await exited;
  }
  return result;
}

describe('fairshot exits when done', () => {
  it('after a usage error and after a missing photo (exit 2)', async () => {
    // Either takes under 2 s when it exits; 30 s leaves room for a loaded machine.
    const [usage, missing] = await Promise.all([
      run(['audit'], 30_000),
      run(['audit', join(projectRoot(), 'no-such-photo.jpg')], 30_000),
    ]);
    expect(usage).toBe(2);
    expect(missing).toBe(2);
  }, 60_000);

  it('after auditing a composite (exit 0)', async () => {
    const composite = join(projectRoot(), 'assets', 'samples', 'composite.jpg');
    expect(await run(['audit', composite, '--json'], 90_000)).toBe(0);
  }, 120_000);
});
