/** `fairshot serve` for the UI benchmark: the installed command, on a free port, with a pair or the sample. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface UiServer {
  /** The page's URL with its token. */
  url: string;
  /** Stops the server (SIGTERM) and resolves when it has exited. */
  stop(): Promise<void>;
}

/** Starts `bin/fairshot.js serve --port 0 [BEFORE AFTER]` and resolves once it prints its URL. */
export async function uiServe(
  root: string,
  pair: { before: string; after: string } | null,
): Promise<UiServer> {
  const args = [join(root, 'bin', 'fairshot.js'), 'serve', '--port', '0'];
  if (pair) args.push(pair.before, pair.after);
  const server = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  let err = '';
  server.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    server.once('exit', (code) =>
      reject(new Error(`fairshot serve exited with ${code}: ${err.trim().split('\n').pop() ?? ''}`)),
    );
  });
  return {
    url,
    stop: async () => {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
