import { describe, expect, it } from 'vitest';
import type { Api } from '../../shared/contract/api.js';
import { createElectronApi } from '../../renderer/lib/api.js';
import { ApiFailure } from '../../renderer/lib/ApiFailure.js';

function bridge(over: Partial<Api>): Api {
  const no = () => Promise.reject(new Error('not in this test'));
  return {
    kind: 'electron',
    initialPair: no,
    openDialog: no,
    upload: no,
    proposeSplit: no,
    preview: no,
    analyze: no,
    image: no,
    crop: no,
    exportFile: no,
    recentPairs: no,
    onMenuCommand: () => () => undefined,
    ...over,
  };
}

describe('the Electron adapter', () => {
  it('turns the ApiError object the preload rejects with into an ApiFailure with its line', async () => {
    const api = createElectronApi(
      bridge({ upload: () => Promise.reject({ error: 'x.jpg: empty file (0 bytes)', kind: 'bad-input' }) }),
    );
    const err = await api.upload('x.jpg', new Uint8Array([1])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).message).toBe('x.jpg: empty file (0 bytes)');
    expect((err as ApiFailure).kind).toBe('bad-input');
  });

  it('passes a plain signal whose listeners reach the real AbortSignal (a real one arrives empty over the bridge)', async () => {
    let seen: unknown;
    let fired = false;
    const api = createElectronApi(
      bridge({
        analyze: (_req, o) => {
          seen = o?.signal;
          o?.signal?.addEventListener('abort', () => (fired = true));
          return Promise.reject({ error: 'Cancelled.', kind: 'cancelled' });
        },
      }),
    );
    const ac = new AbortController();
    const run = api.analyze({ before: 'aaaaaaaa', after: 'bbbbbbbb' }, { signal: ac.signal });
    ac.abort();
    await expect(run).rejects.toThrow('Cancelled.');
    expect(seen).not.toBeInstanceOf(AbortSignal);
    expect(fired).toBe(true);
  });
});
