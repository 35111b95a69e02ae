/**
 * Who may talk to the loopback server: only a page that was given the token, through a Host that names
 * this server. Anything else on the machine or in the browser (another site, a DNS-rebinding page) gets
 * a bare 403.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-fairshot-token';

/** The cookie the page gets so its own scripts and styles (which cannot carry a header) are let in. */
export function tokenCookieName(port: number): string {
  // Cookies ignore ports: a per-port name keeps two servers on one machine from clobbering each other.
  return `fairshot-token-${port}`;
}

/**
 * True when the request may proceed. The Host must be 127.0.0.1:PORT or localhost:PORT (a rebinding
 * page's Host is its own name). The token may come from the header, the URL's ?token= (the page itself,
 * downloads, EventSource) or the page's cookie; requests that change state (POST, DELETE) must send the
 * header, which no cross-site form or link can set.
 */
export function checkAccess(req: IncomingMessage, url: URL, port: number, token: string): boolean {
  const host = req.headers.host;
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return false;
  const header = req.headers[TOKEN_HEADER];
  const fromHeader = typeof header === 'string' ? header : undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') return same(fromHeader, token);
  if (same(fromHeader, token) || same(url.searchParams.get('token') ?? undefined, token)) return true;
  return same(readCookie(req.headers.cookie, tokenCookieName(port)), token);
}

/** Constant-time comparison (the length is no secret: every token has the same). */
function same(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
