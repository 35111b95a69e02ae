import { describe, expect, it, vi } from 'vitest';
import { createHttpApi } from '../../renderer/lib/api.js';
import { ApiFailure } from '../../renderer/lib/ApiFailure.js';
import { sampleAnalysis } from './fakeApi.js';

function sse(chunks: string[]): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const s of chunks) c.enqueue(enc.encode(s));
      c.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

describe('HTTP adapter', () => {
  it('sends the token, starts the job and reads progress then the analysis from the event stream', async () => {
    const analysis = sampleAnalysis();
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetchImpl = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, ...(init ? { init } : {}) });
      if (url === '/api/analyze') return Response.json({ jobId: 'job1' });
      // The done event split across chunks, with a comment and CRLF line ends, as proxies may deliver it.
      const done = JSON.stringify(analysis);
      return sse([
        ': hello\r\n\r\n',
        'event: progress\ndata: {"fraction":0.25,"stage":"register"}\n\n',
        `event: done\r\ndata: ${done.slice(0, 100)}`,
        `${done.slice(100)}\r\n\r\n`,
      ]);
    });
    const api = createHttpApi('tok123', fetchImpl);
    const progress: number[] = [];
    const got = await api.analyze(
      { before: 'photo-before', after: 'photo-after' },
      { onProgress: (p) => progress.push(p.fraction) },
    );
    expect(got.id).toBe('analysis-1');
    expect(progress).toEqual([0.25]);
    expect(calls.map((c) => c.url)).toEqual(['/api/analyze', '/api/jobs/job1/events']);
    for (const c of calls) expect(new Headers(c.init?.headers).get('x-fairshot-token')).toBe('tok123');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({
      before: 'photo-before',
      after: 'photo-after',
      referenceRect: null,
      manual: null,
    });
  });

  it('turns an error event and an error response into one-line failures with their kind', async () => {
    const fetchImpl = vi.fn(async (url: string) => {
      if (url.startsWith('/api/upload')) {
        return Response.json(
          { error: 'x.jpg is not a photo Fairshot can read', kind: 'bad-input' },
          { status: 400 },
        );
      }
      if (url === '/api/analyze') return Response.json({ jobId: 'j' });
      return sse([
        'event: error\ndata: {"error":"after.jpg: the JPEG data ends early","kind":"bad-input"}\n\n',
      ]);
    });
    const api = createHttpApi('t', fetchImpl);
    await expect(api.upload('x.jpg', new Uint8Array([1]))).rejects.toMatchObject({
      message: 'x.jpg is not a photo Fairshot can read',
      kind: 'bad-input',
    });
    const err = await api.analyze({ before: 'photo-before', after: 'photo-after' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).message).toBe('after.jpg: the JPEG data ends early');
  });

  it('cancels: aborts the stream and deletes the job', async () => {
    const calls: string[] = [];
    const fetchImpl = vi.fn((url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      if (url === '/api/analyze') return Promise.resolve(Response.json({ jobId: 'j9' }));
      if (init?.method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    });
    const api = createHttpApi('t', fetchImpl);
    const ac = new AbortController();
    const run = api.analyze({ before: 'photo-before', after: 'photo-after' }, { signal: ac.signal });
    await vi.waitFor(() => expect(calls).toContain('GET /api/jobs/j9/events'));
    ac.abort();
    await expect(run).rejects.toMatchObject({ kind: 'cancelled' });
    expect(calls).toContain('DELETE /api/jobs/j9');
  });

  it('names a render by its address, id encoded, and refuses a kind the contract does not have', () => {
    const api = createHttpApi('tok123', vi.fn());
    expect(api.imageUrl?.('a/b c', 'aligned-normalized')).toBe(
      '/api/analyses/a%2Fb%20c/images/aligned-normalized',
    );
    expect(() => api.imageUrl?.('a', 'thumbnail' as 'before')).toThrow();
  });
});
