/**
 * The window's Content-Security-Policy. The renderer's index.html carries its policy in a meta tag, which
 * is what Chromium certainly applies to a file:// page; this header is a second lock for a build whose
 * meta tag went missing. Both apply (a resource must pass each), so this one repeats the meta policy and
 * adds only what a meta tag cannot carry or an app never needs: frame-ancestors, base-uri, form-action.
 * 'unsafe-inline' styles are the renderer's choice (its components set style attributes).
 *
 * Images arrive as bytes over IPC and are shown through blob: URLs; nothing is fetched from a network.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The part of Electron's session.webRequest used here. */
export interface WebRequestLike {
  onHeadersReceived(
    filter: { urls: string[] },
    listener: (
      details: { responseHeaders?: Record<string, string[] | string> },
      callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void,
    ) => void,
  ): void;
}

/** Adds APP_CSP to every file:// response of the app's session, replacing any CSP already there. */
export function installCsp(webRequest: WebRequestLike, csp: string = APP_CSP): void {
  webRequest.onHeadersReceived({ urls: ['file://*/*'] }, (details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers))
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}
