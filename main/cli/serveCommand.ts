/** `fairshot serve [--port P] [BEFORE AFTER]`: the app's UI in a browser, served on 127.0.0.1 only. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AbortSignalLike } from '../../shared/contract/api.js';
import { AuditPool } from '../engine/pool/AuditPool.js';
import { PairService } from '../engine/session/PairService.js';
import { projectRoot } from '../engine/version.js';
import { startServer } from '../server/startServer.js';
import type { Io } from './index.js';
import { UsageError } from './UsageError.js';

export interface ServeCommandOptions {
  /** Stops the server; the process's SIGINT and SIGTERM when absent. @default null */
  stop?: AbortSignalLike | null;
  /** The built renderer. @default dist/renderer under the project root */
  staticDir?: string;
}

/** Serves until stopped, then removes its uploads folder. Exit code 2 for bad arguments or no built UI. */
export async function serveCommand(
  args: readonly string[],
  io: Io,
  options: ServeCommandOptions = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { port: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 0 && positionals.length !== 2) {
    throw new UsageError(`serve: expected no photos or two (BEFORE AFTER), got ${positionals.length}`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port: expected a port number from 0 to 65535, got "${values.port}"`);
  }
  const root = projectRoot();
  const staticDir = options.staticDir ?? join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.stderr(
      `fairshot: the app's UI is not built (${join(staticDir, 'index.html')} is missing): run \`npm run build\` first\n`,
    );
    return 2;
  }
  for (const path of positionals) {
    const st = await stat(path).catch(() => null);
    if (!st?.isFile()) {
      io.stderr(`fairshot: ${path}: ${st ? 'is not a file' : 'file not found'}\n`);
      return 2;
    }
  }
  const [before, after] = positionals as [string?, string?];

  const dataDir = await mkdtemp(join(tmpdir(), 'fairshot-serve-'));
  const pool = new AuditPool();
  const service = new PairService({
    pool,
    dataDir,
    sample: {
      before: join(root, 'assets', 'samples', 'before.jpg'),
      after: join(root, 'assets', 'samples', 'after.jpg'),
    },
    initial: before && after ? { before, after } : null,
  });
  const cleanUp = async () => {
    await service.close();
    await pool.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  let server;
  try {
    server = await startServer({ service, port, staticDir });
  } catch (err) {
    await cleanUp();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      io.stderr(`fairshot: cannot listen on 127.0.0.1:${port} (${code}): choose another --port\n`);
      return 2;
    }
    throw err;
  }
  io.stdout(`${server.url}\n`);
  io.stderr('Fairshot is serving on 127.0.0.1 only; open the URL above. Ctrl+C stops it.\n');
  await stopped(options.stop ?? null);
  await server.close();
  await cleanUp();
  return 0;
}

function stopped(stop: AbortSignalLike | null): Promise<void> {
  return new Promise((resolve) => {
    if (stop) {
      if (stop.aborted) return resolve();
      return stop.addEventListener('abort', () => resolve(), { once: true });
    }
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
