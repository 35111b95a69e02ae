/**
 * The loopback HTTP server of serve mode: the same React UI in a browser, talking the same contract as
 * the Electron preload. It listens on 127.0.0.1 only and lets in only requests that carry its random
 * token through a Host that names it; it makes no network calls of its own.
 */
import { randomBytes } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PairService } from '../engine/session/PairService.js';
import { AnalysisJobs } from './AnalysisJobs.js';
import { checkAccess, tokenCookieName } from './checkAccess.js';
import { handleApi } from './handleApi.js';
import { securityHeaders, sendApiError } from './respond.js';
import { serveStatic } from './serveStatic.js';

export interface StartServerOptions {
  service: PairService;
  /** Port on 127.0.0.1. @default 0 (a free one, chosen by the system) */
  port?: number;
  /** The built renderer (dist/renderer), served as static files. */
  staticDir: string;
}

export interface RunningServer {
  /** The page to open: http://127.0.0.1:PORT/?token=... */
  url: string;
  token: string;
  /** Stops listening, cancels running jobs and drops open connections. Leaves the service open. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const root = await realpath(options.staticDir);
  const token = randomBytes(24).toString('base64url');
  const jobs = new AnalysisJobs(options.service);
  let port = 0;

  const server = createServer((req, res) => {
    securityHeaders(res);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      res.writeHead(400);
      return void res.end();
    }
    if (!checkAccess(req, url, port, token)) {
      // Nothing else: no hint of what is here.
      res.writeHead(403);
      return void res.end();
    }
    const done = (p: Promise<void>) =>
      p.catch(() => sendApiError(res, { error: 'internal error', kind: 'internal' }));
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      return void done(handleApi(req, res, url, { service: options.service, jobs }));
    }
    // The page's own scripts and styles cannot carry the header, so the page gets the token as a cookie;
    // HttpOnly keeps it from scripts, Strict from requests started by other sites.
    res.setHeader('Set-Cookie', `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`);
    return void done(serveStatic(req, res, root, url.pathname));
  });
  // A slow or stalled client must not hold a connection forever (uploads are local and fast).
  server.requestTimeout = 10 * 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: async () => {
      jobs.cancelAll();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Event streams stay open by design; close() alone would wait for them forever.
      server.closeAllConnections();
      await closed;
    },
  };
}
