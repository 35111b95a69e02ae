import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { APP_CSP, installCsp } from '../../../main/app/csp.js';
import { initialPairFromArgv } from '../../../main/app/initialPairFromArgv.js';
import { toApiError } from '../../../main/app/toApiError.js';

describe('initialPairFromArgv', () => {
  it('takes two photos after the app (development) or the executable (packaged), skipping switches', () => {
    expect(
      initialPairFromArgv(['/e/electron', '.', 'a.jpg', '--no-sandbox', '/p/b.jpg'], true, '/home/p'),
    ).toEqual({
      before: '/home/p/a.jpg',
      after: '/p/b.jpg',
    });
    expect(initialPairFromArgv(['/opt/Fairshot/fairshot', 'a.jpg', 'b.jpg'], false, '/w')).toEqual({
      before: '/w/a.jpg',
      after: '/w/b.jpg',
    });
  });
  it('is null unless there are exactly two', () => {
    expect(initialPairFromArgv(['/opt/Fairshot/fairshot'], false, '/w')).toBeNull();
    expect(initialPairFromArgv(['/e/electron', '.', 'a.jpg'], true, '/w')).toBeNull();
    expect(initialPairFromArgv(['/x', 'a', 'b', 'c'], false, '/w')).toBeNull();
  });
});

describe('installCsp', () => {
  it('replaces any CSP header of file:// responses with the app policy', () => {
    let filter: { urls: string[] } | null = null;
    let out: Record<string, string[] | string> | undefined;
    installCsp(
      {
        onHeadersReceived: (f, listener) => {
          filter = f;
          listener(
            { responseHeaders: { 'content-security-policy': ['*'], 'X-A': ['1'] } },
            (r) => (out = r.responseHeaders),
          );
        },
      },
      "default-src 'none'",
    );
    expect(filter).toEqual({ urls: ['file://*/*'] });
    expect(out).toEqual({ 'X-A': ['1'], 'Content-Security-Policy': ["default-src 'none'"] });
  });
});

describe('toApiError', () => {
  it('keeps a kinded error as one line; hides anything else', () => {
    expect(toApiError(Object.assign(new Error('a.jpg:\n  not a photo'), { kind: 'bad-input' }))).toEqual({
      error: 'a.jpg: not a photo',
      kind: 'bad-input',
    });
    expect(toApiError(new TypeError('x is undefined at /home/p/secret'))).toMatchObject({ kind: 'internal' });
    expect(JSON.stringify(toApiError('/home/p/secret'))).not.toContain('/home');
  });
});

describe('APP_CSP', () => {
  it('repeats every directive of the renderer meta CSP, so the header never blocks what the page allows', async () => {
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const directives = (csp: string) =>
      new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([k, ...v]) => [k, v.join(' ')]),
      );
    const header = directives(APP_CSP);
    for (const [name, value] of directives(meta ?? '')) expect(header.get(name), name).toBe(value);
  });
});
