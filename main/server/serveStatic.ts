/**
 * The built renderer (dist/renderer) as static files. Only files inside the folder are served: the path
 * is decoded, resolved and checked against the folder, then checked again after symlinks are followed.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { sendApiError } from './respond.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `pathname` from `root` (an absolute, real path); '/' and folders mean their index.html. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
): Promise<void> {
  const notFound = () => sendApiError(res, { error: 'not found', kind: 'bad-input' }, 404);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendApiError(res, { error: 'method not allowed', kind: 'bad-input' }, 405);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound();
  }
  if (decoded.includes('\0')) return notFound();
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  let file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (!inside(file)) return notFound();
  let st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    file = resolve(file, 'index.html');
    st = await stat(file).catch(() => null);
  }
  if (!st?.isFile()) return notFound();
  const real = await realpath(file).catch(() => null);
  if (!real || !inside(real)) return notFound();
  res.writeHead(200, {
    'Content-Type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': st.size,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(real)
    .on('error', () => res.destroy())
    .pipe(res);
}
