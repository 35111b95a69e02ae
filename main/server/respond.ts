/**
 * The few ways the loopback server answers. Every response carries the same security headers: the page
 * may load only its own scripts, may not be framed, and the token in its URL never leaks as a Referer.
 */
import type { ServerResponse } from 'node:http';
import type { ApiError } from '../../shared/contract/api.js';

export const CSP =
  "default-src 'self'; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
  "script-src 'self'; object-src 'none'; frame-ancestors 'none'";

/** Headers for every response (no CORS header anywhere: other origins get nothing readable). */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': data.length });
  res.end(data);
}

/** An ApiError with the status its kind calls for, unless one is given. */
export function sendApiError(res: ServerResponse, error: ApiError, status?: number): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const code = status ?? (error.kind === 'bad-input' ? 400 : error.kind === 'cancelled' ? 409 : 500);
  sendJson(res, code, error);
}
