import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/app/channels.js';
import { fakeEvent, MAIN_ID, setupIpc } from './fakes.js';

const GOOD = { analysisId: 'analysis01', source: 'aligned', left: -20, top: 300, size: 360 };

describe('the crop channel', () => {
  it("answers the app's window with the service's crop of the parsed request", async () => {
    const s = setupIpc();
    const reply = await s.ipc.invoke(CHANNELS.crop, fakeEvent(), GOOD);
    expect(s.service.crop).toHaveBeenCalledWith(GOOD);
    expect(reply).toEqual({ ok: true, value: { mime: 'image/png', bytes: new Uint8Array([2]) } });
  });

  it('refuses another window without calling the service', async () => {
    const s = setupIpc();
    const reply = await s.ipc.invoke(CHANNELS.crop, fakeEvent({ id: MAIN_ID + 1 }), GOOD);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    expect(s.service.crop).not.toHaveBeenCalled();
  });

  it.each([
    ['a path instead of an id', { ...GOOD, analysisId: '../../etc/passwd' }],
    ['a path alongside', { ...GOOD, path: '/home/p/before.jpg' }],
    ['an unknown source', { ...GOOD, source: 'original' }],
    ['a fractional position', { ...GOOD, left: 10.5 }],
    ['a square too large', { ...GOOD, size: 4096 }],
    ['a square too small', { ...GOOD, size: 2 }],
    ['a position far outside', { ...GOOD, top: -100_000 }],
    ['no payload', undefined],
  ])('refuses %s with one line naming the channel', async (_what, payload) => {
    const s = setupIpc();
    const reply = (await s.ipc.invoke(CHANNELS.crop, fakeEvent(), payload)) as {
      ok: boolean;
      error: { error: string; kind: string };
    };
    expect(reply.ok).toBe(false);
    expect(reply.error.kind).toBe('bad-input');
    expect(reply.error.error).toMatch(/^fairshot:crop: bad payload: /);
    expect(s.service.crop).not.toHaveBeenCalled();
  });
});
