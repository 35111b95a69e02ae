import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/contract/api.js';
import { CHANNELS } from '../../../main/app/channels.js';

// The preload with fake Electron modules: what it exposes, and what it sends for each verb.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Array<(event: unknown, arg: unknown) => void>>();
const invoke = vi.fn(async (_channel: string, _payload?: unknown): Promise<unknown> => ({
  ok: true,
  value: null,
}));
const send = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    send,
    on: (channel: string, l: (event: unknown, arg: unknown) => void) =>
      listeners.set(channel, [...(listeners.get(channel) ?? []), l]),
    removeListener: (channel: string, l: (event: unknown, arg: unknown) => void) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((x) => x !== l),
      ),
  },
}));
await import('../../../main/app/preload.js');
const api = exposed.get('fairshot') as Api;
const push = (channel: string, arg: unknown) => (listeners.get(channel) ?? []).forEach((l) => l({}, arg));

describe('preload', () => {
  beforeEach(() => {
    invoke.mockClear();
    send.mockClear();
  });

  it('exposes exactly the Api verbs as window.fairshot, and no ipcRenderer', () => {
    expect([...exposed.keys()]).toEqual(['fairshot']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'analyze',
        'crop',
        'exportFile',
        'image',
        'initialPair',
        'kind',
        'onMenuCommand',
        'openDialog',
        'preview',
        'proposeSplit',
        'recentPairs',
        'upload',
      ].sort(),
    );
    expect(api.kind).toBe('electron');
    for (const [key, value] of Object.entries(api))
      if (key !== 'kind') expect(typeof value, key).toBe('function');
  });

  it('sends each verb on its channel and unwraps the reply', async () => {
    invoke.mockResolvedValueOnce({ ok: true, value: { id: 'upload01', name: 'a.jpg' } });
    const bytes = new Uint8Array([1, 2]);
    expect(await api.upload('a.jpg', bytes)).toEqual({ id: 'upload01', name: 'a.jpg' });
    await api.image('analysis01', 'difference');
    await api.exportFile('analysis01', 'report-pdf');
    await api.openDialog();
    expect(invoke.mock.calls).toEqual([
      [CHANNELS.upload, { name: 'a.jpg', bytes }],
      [CHANNELS.image, { analysisId: 'analysis01', kind: 'difference' }],
      [CHANNELS.exportFile, { analysisId: 'analysis01', kind: 'report-pdf' }],
      [CHANNELS.openDialog, undefined],
    ]);
  });

  it('sends the composite verbs with a photo id only', async () => {
    invoke.mockResolvedValue({ ok: true, value: null });
    await api.proposeSplit('upload01');
    await api.preview('upload01');
    expect(invoke.mock.calls).toEqual([
      [CHANNELS.proposeSplit, { photoId: 'upload01' }],
      [CHANNELS.preview, { photoId: 'upload01' }],
    ]);
  });

  it('sends the loupe crop as the request itself: an id, a source and a square, no path', async () => {
    invoke.mockResolvedValue({ ok: true, value: { mime: 'image/png', bytes: new Uint8Array([1]) } });
    const request = { analysisId: 'analysis01', source: 'aligned' as const, left: -4, top: 80, size: 360 };
    expect(await api.crop(request)).toEqual({ mime: 'image/png', bytes: new Uint8Array([1]) });
    expect(invoke.mock.calls).toEqual([[CHANNELS.crop, request]]);
  });

  it('rejects with the ApiError (and a message) when main refuses', async () => {
    invoke.mockResolvedValueOnce({ ok: false, error: { error: 'b.jpg: not a photo', kind: 'bad-input' } });
    await expect(api.upload('b.jpg', new Uint8Array([1]))).rejects.toEqual({
      error: 'b.jpg: not a photo',
      kind: 'bad-input',
      message: 'b.jpg: not a photo',
    });
  });

  it('analyze routes progress by job id and turns abort into a cancel message', async () => {
    let answer: (v: unknown) => void = () => undefined;
    invoke.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const progress: unknown[] = [];
    let abort: () => void = () => undefined;
    const signal = { aborted: false, addEventListener: (_t: 'abort', l: () => void) => void (abort = l) };
    const pending = api.analyze(
      { before: 'before01', after: 'after001' },
      { signal, onProgress: (p) => progress.push(p) },
    );
    const [channel, payload] = invoke.mock.calls[0] as [string, { jobId: string }];
    expect(channel).toBe(CHANNELS.analyze);
    push(CHANNELS.progress, { jobId: 'someone-else', fraction: 0.9, stage: 'x' });
    push(CHANNELS.progress, { jobId: payload.jobId, fraction: 0.5, stage: 'register' });
    expect(progress).toEqual([{ fraction: 0.5, stage: 'register' }]);
    abort();
    expect(send).toHaveBeenCalledWith(CHANNELS.cancel, { jobId: payload.jobId });
    answer({ ok: false, error: { error: 'cancelled', kind: 'cancelled' } });
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
    push(CHANNELS.progress, { jobId: payload.jobId, fraction: 1, stage: 'late' });
    expect(progress).toHaveLength(1);
  });

  it('onMenuCommand returns an unsubscribe', () => {
    const seen: string[] = [];
    const off = api.onMenuCommand((c) => seen.push(c));
    push(CHANNELS.menuCommand, 'view-swipe');
    off();
    push(CHANNELS.menuCommand, 'view-onion');
    expect(seen).toEqual(['view-swipe']);
  });
});
