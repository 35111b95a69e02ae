import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../main/app/channels.js';
import { AFTER, ANALYSIS, BEFORE, fakeEvent, MAIN_ID, setupIpc } from './fakes.js';

describe('registerIpc', () => {
  let s: ReturnType<typeof setupIpc>;
  beforeEach(() => {
    s = setupIpc();
  });

  it('answers the app window with the service result', async () => {
    const reply = await s.ipc.invoke(CHANNELS.initialPair, fakeEvent());
    expect(reply).toEqual({ ok: true, value: { before: BEFORE, after: AFTER, sample: true } });
  });

  it.each([
    ['another webContents', fakeEvent({ id: MAIN_ID + 1 })],
    ['a subframe of the window', fakeEvent({ subframe: true })],
    ['a page the window navigated to', fakeEvent({ url: 'https://example.com/index.html' })],
    ['another file', fakeEvent({ url: 'file:///tmp/evil/index.html' })],
    ['a frame already gone', { ...fakeEvent(), senderFrame: null }],
  ])('refuses %s on every channel, without calling the service', async (_what, event) => {
    for (const channel of s.ipc.handlers.keys()) {
      const reply = await s.ipc.invoke(channel, event, undefined);
      expect(reply).toEqual({
        ok: false,
        error: { error: `${channel}: refused: not the app's window`, kind: 'bad-input' },
      });
    }
    for (const fn of Object.values(s.service)) expect(fn).not.toHaveBeenCalled();
    expect(s.deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses bad payloads with a one-line error naming the channel and the field', async () => {
    const cases: Array<[string, unknown]> = [
      [CHANNELS.image, { analysisId: 'analysis01', kind: 'thumbnail' }],
      [CHANNELS.image, 'analysis01'],
      [CHANNELS.upload, { name: 'x.jpg', bytes: [1, 2, 3] }],
      [CHANNELS.upload, { name: '', bytes: new Uint8Array(1) }],
      [CHANNELS.analyze, { jobId: 'j 1', request: { before: BEFORE.id, after: AFTER.id } }],
      [CHANNELS.exportFile, { analysisId: 'analysis01' }],
      [CHANNELS.recentPairs, { all: true }],
    ];
    for (const [channel, payload] of cases) {
      const reply = (await s.ipc.invoke(channel, fakeEvent(), payload)) as {
        ok: false;
        error: { error: string; kind: string };
      };
      expect(reply.ok).toBe(false);
      expect(reply.error.kind).toBe('bad-input');
      expect(reply.error.error).toMatch(new RegExp(`^${channel}: bad payload: `));
      expect(reply.error.error).not.toContain('\n');
    }
    expect(s.service.image).not.toHaveBeenCalled();
    expect(s.service.upload).not.toHaveBeenCalled();
    expect(s.service.analyze).not.toHaveBeenCalled();
  });

  it('never takes a path from the renderer', async () => {
    const smuggled: Array<[string, unknown]> = [
      [CHANNELS.analyze, { jobId: 'j1', request: { before: '/etc/passwd', after: AFTER.id } }],
      [CHANNELS.analyze, { jobId: 'j1', request: { before: '../../x.jpg', after: AFTER.id } }],
      [
        CHANNELS.analyze,
        { jobId: 'j1', request: { before: BEFORE.id, after: AFTER.id, path: '/etc/passwd' } },
      ],
      [CHANNELS.upload, { name: 'x.jpg', bytes: new Uint8Array(1), path: '/etc/passwd' }],
      [CHANNELS.openDialog, { defaultPath: '/etc' }],
      [CHANNELS.exportFile, { analysisId: 'analysis01', kind: 'report-html', savePath: '/etc/cron.d/x' }],
    ];
    for (const [channel, payload] of smuggled) {
      const reply = (await s.ipc.invoke(channel, fakeEvent(), payload)) as { ok: boolean };
      expect(reply.ok, `${channel} ${JSON.stringify(payload)}`).toBe(false);
    }
    expect(s.service.registerPath).not.toHaveBeenCalled();
    expect(s.service.analyze).not.toHaveBeenCalled();
    expect(s.deps.writeFile).not.toHaveBeenCalled();
  });

  it('registers only the paths main got from its own open dialog, at most a pair', async () => {
    const reply = await s.ipc.invoke(CHANNELS.openDialog, fakeEvent());
    expect(s.service.registerPath.mock.calls).toEqual([['/home/p/before.jpg'], ['/home/p/after.jpg']]);
    expect(reply).toEqual({
      ok: true,
      value: [
        { id: 'picked01', name: 'before.jpg' },
        { id: 'picked01', name: 'after.jpg' },
      ],
    });
  });

  it('uploads bytes and hands back an id', async () => {
    const reply = await s.ipc.invoke(CHANNELS.upload, fakeEvent(), {
      name: 'drop.jpg',
      bytes: new Uint8Array([255, 216]),
    });
    expect(reply).toEqual({ ok: true, value: { id: 'upload01', name: 'drop.jpg' } });
  });

  it('analyze pushes progress to the sender, then answers with the analysis', async () => {
    const event = fakeEvent();
    const pending = s.ipc.invoke(CHANNELS.analyze, event, {
      jobId: 'j1',
      request: { before: BEFORE.id, after: AFTER.id },
    });
    await vi.waitFor(() => expect(event.sent).toHaveLength(2));
    expect(event.sent).toEqual([
      [CHANNELS.progress, { jobId: 'j1', fraction: 0.25, stage: 'decode' }],
      [CHANNELS.progress, { jobId: 'j1', fraction: 0.75, stage: 'register' }],
    ]);
    s.release();
    expect(await pending).toEqual({ ok: true, value: ANALYSIS });
    expect(s.service.analyze.mock.calls[0]?.[0]).toEqual({
      before: BEFORE.id,
      after: AFTER.id,
      referenceRect: null,
      manual: null,
    });
    expect(s.deps.onAnalyzed).toHaveBeenCalledOnce();
  });

  it('cancel aborts that job (the signal reaches the service) and analyze answers cancelled', async () => {
    const event = fakeEvent();
    const pending = s.ipc.invoke(CHANNELS.analyze, event, {
      jobId: 'j2',
      request: { before: BEFORE.id, after: AFTER.id },
    });
    await vi.waitFor(() => expect(s.service.analyze).toHaveBeenCalled());
    const signal = s.service.analyze.mock.calls[0]?.[1]?.signal;
    s.ipc.send(CHANNELS.cancel, fakeEvent({ id: MAIN_ID + 1 }), { jobId: 'j2' }); // not the window: ignored
    s.ipc.send(CHANNELS.cancel, event, { jobId: 'other' }); // another job: ignored
    expect(signal?.aborted).toBe(false);
    s.ipc.send(CHANNELS.cancel, event, { jobId: 'j2' });
    expect(signal?.aborted).toBe(true);
    expect(await pending).toEqual({ ok: false, error: { error: 'cancelled', kind: 'cancelled' } });
    expect(s.deps.onAnalyzed).not.toHaveBeenCalled();
  });

  it('cancelAll aborts running jobs (the window reloaded)', async () => {
    const pending = s.ipc.invoke(CHANNELS.analyze, fakeEvent(), {
      jobId: 'j3',
      request: { before: BEFORE.id, after: AFTER.id },
    });
    await vi.waitFor(() => expect(s.service.analyze).toHaveBeenCalled());
    s.registration.cancelAll();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
  });

  it('exports through the save dialog and an atomic write; a cancelled dialog writes nothing', async () => {
    const reply = await s.ipc.invoke(CHANNELS.exportFile, fakeEvent(), {
      analysisId: 'analysis01',
      kind: 'side-by-side-png',
    });
    expect(reply).toEqual({ ok: true, value: { savedAs: '/home/p/fairshot-a-vs-b-side-by-side.png' } });
    expect(s.deps.writeFile).toHaveBeenCalledWith(
      '/home/p/fairshot-a-vs-b-side-by-side.png',
      expect.any(Uint8Array),
    );
    s.deps.showSaveDialog.mockResolvedValueOnce(null);
    expect(
      await s.ipc.invoke(CHANNELS.exportFile, fakeEvent(), { analysisId: 'analysis01', kind: 'report-html' }),
    ).toEqual({
      ok: true,
      value: { savedAs: null },
    });
    expect(s.deps.writeFile).toHaveBeenCalledOnce();
  });

  it('prints the report HTML for report-pdf and saves it as .pdf', async () => {
    const reply = await s.ipc.invoke(CHANNELS.exportFile, fakeEvent(), {
      analysisId: 'analysis01',
      kind: 'report-pdf',
    });
    expect(s.service.exportBytes).toHaveBeenCalledWith('analysis01', 'report-html');
    expect(s.deps.showSaveDialog).toHaveBeenCalledWith('fairshot-a-vs-b.pdf', 'report-pdf');
    expect(s.deps.printToPdf).toHaveBeenCalledWith(new TextEncoder().encode('<p>report</p>'));
    expect(s.deps.writeFile).toHaveBeenCalledWith(
      '/home/p/fairshot-a-vs-b.pdf',
      new Uint8Array([37, 80, 68, 70]),
    );
    expect(reply).toEqual({ ok: true, value: { savedAs: '/home/p/fairshot-a-vs-b.pdf' } });
  });

  it('maps a service error to its kind and an unexpected one to internal, logging it in full', async () => {
    s.service.image.mockRejectedValueOnce(
      Object.assign(new Error('no aligned image: the photos could not be aligned'), { kind: 'bad-input' }),
    );
    expect(
      await s.ipc.invoke(CHANNELS.image, fakeEvent(), { analysisId: 'analysis01', kind: 'aligned' }),
    ).toEqual({
      ok: false,
      error: { error: 'no aligned image: the photos could not be aligned', kind: 'bad-input' },
    });
    s.service.recentPairs.mockRejectedValueOnce(
      new Error('EACCES: permission denied, open /home/p/.config/x\n    at stack'),
    );
    const reply = (await s.ipc.invoke(CHANNELS.recentPairs, fakeEvent())) as {
      ok: false;
      error: { error: string; kind: string };
    };
    expect(reply.error.kind).toBe('internal');
    expect(reply.error.error).not.toContain('/home/p');
    expect(s.deps.log).toHaveBeenCalledOnce();
  });

  it('dispose removes every handler and listener', () => {
    s.registration.dispose();
    expect(s.ipc.handlers.size).toBe(0);
    expect(s.ipc.listeners.get(CHANNELS.cancel)).toEqual([]);
  });
});
