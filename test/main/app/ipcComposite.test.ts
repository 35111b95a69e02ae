import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../main/app/channels.js';
import { ANALYSIS, fakeEvent, MAIN_ID, setupIpc } from './fakes.js';

const SPLIT = {
  layout: { rows: 1, cols: 2 },
  panels: [
    { index: 0, rect: [20, 20, 560, 460], caption: null },
    { index: 1, rect: [620, 20, 560, 460], caption: null },
  ],
  pairs: [{ before: 1, after: 0 }],
  pair: 0,
  order: { from: 'person', note: 'set by hand' },
  confidence: 0.9,
};

type Failed = { ok: false; error: { error: string; kind: string } };

describe('the composite verbs over IPC', () => {
  it('proposes a split and sends a preview for a photo id, and nothing else', async () => {
    const s = setupIpc();
    expect(await s.ipc.invoke(CHANNELS.proposeSplit, fakeEvent(), { photoId: 'upload01' })).toMatchObject({
      ok: true,
      value: { photo: { id: 'upload01' }, split: null },
    });
    expect(s.service.proposeSplit).toHaveBeenCalledWith('upload01');
    expect(await s.ipc.invoke(CHANNELS.preview, fakeEvent(), { photoId: 'upload01' })).toEqual({
      ok: true,
      value: { mime: 'image/jpeg', bytes: new Uint8Array([3]) },
    });
    expect(s.service.preview).toHaveBeenCalledWith('upload01');
  });

  it('refuses paths, stray keys and malformed ids on proposeSplit and preview', async () => {
    const s = setupIpc();
    const bad: unknown[] = [
      { photoId: '/etc/passwd' },
      { photoId: '../../secret.jpg' },
      { photoId: 'upload01', path: '/etc/passwd' },
      { path: '/home/p/gallery.jpg' },
      'upload01',
      undefined,
    ];
    for (const channel of [CHANNELS.proposeSplit, CHANNELS.preview]) {
      for (const payload of bad) {
        const reply = (await s.ipc.invoke(channel, fakeEvent(), payload)) as Failed;
        expect(reply.ok, `${channel} ${JSON.stringify(payload)}`).toBe(false);
        expect(reply.error.kind).toBe('bad-input');
        expect(reply.error.error).toMatch(new RegExp(`^${channel}: bad payload: `));
      }
    }
    expect(s.service.proposeSplit).not.toHaveBeenCalled();
    expect(s.service.preview).not.toHaveBeenCalled();
  });

  it('refuses both verbs from a window that is not the app', async () => {
    const s = setupIpc();
    for (const channel of [CHANNELS.proposeSplit, CHANNELS.preview]) {
      const reply = (await s.ipc.invoke(channel, fakeEvent({ id: MAIN_ID + 1 }), {
        photoId: 'upload01',
      })) as Failed;
      expect(reply.error.error).toBe(`${channel}: refused: not the app's window`);
    }
    expect(s.service.proposeSplit).not.toHaveBeenCalled();
    expect(s.service.preview).not.toHaveBeenCalled();
  });

  it('analyzes a composite named by id with the corrected split', async () => {
    const s = setupIpc();
    const pending = s.ipc.invoke(CHANNELS.analyze, fakeEvent(), {
      jobId: 'j1',
      request: { composite: 'upload01', split: SPLIT },
    });
    await vi.waitFor(() => expect(s.service.analyze).toHaveBeenCalled());
    s.release();
    expect(await pending).toEqual({ ok: true, value: ANALYSIS });
    expect(s.service.analyze.mock.calls[0]?.[0]).toEqual({
      composite: 'upload01',
      split: SPLIT,
      referenceRect: null,
      manual: null,
    });
  });

  it('refuses a composite request with a path, a stray key or a split that does not hold together', async () => {
    const s = setupIpc();
    const requests: unknown[] = [
      { composite: '/home/p/gallery.jpg', split: SPLIT },
      { composite: 'upload01', split: SPLIT, path: '/home/p/gallery.jpg' },
      // Both shapes at once match neither.
      { composite: 'upload01', split: SPLIT, before: 'before01', after: 'after001' },
      { composite: 'upload01', split: { ...SPLIT, pair: 1 } },
      { composite: 'upload01', split: { ...SPLIT, pairs: [{ before: 0, after: 0 }] } },
      { composite: 'upload01', split: { ...SPLIT, pairs: [{ before: 0, after: 2 }] } },
      {
        composite: 'upload01',
        split: { ...SPLIT, panels: [{ index: 0, rect: [-5, 0, 10, 10], caption: null }] },
      },
      { composite: 'upload01' },
    ];
    for (const request of requests) {
      const reply = (await s.ipc.invoke(CHANNELS.analyze, fakeEvent(), { jobId: 'j1', request })) as Failed;
      expect(reply.ok, JSON.stringify(request)).toBe(false);
      expect(reply.error.kind).toBe('bad-input');
      expect(reply.error.error).toMatch(new RegExp(`^${CHANNELS.analyze}: bad payload: `));
    }
    expect(s.service.analyze).not.toHaveBeenCalled();
  });
});
