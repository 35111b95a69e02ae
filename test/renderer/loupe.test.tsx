// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api, CropRequest, EncodedImage } from '../../shared/contract/api.js';
import { Loupe } from '../../renderer/components/Loupe.js';
import { afterLayer, beforeLayer } from '../../renderer/lib/layers.js';
import { loupeSource } from '../../renderer/lib/loupeSource.js';
import { fakeApi, sampleAnalysis, stubBrowser } from './fakeApi.js';

beforeEach(() => {
  stubBrowser();
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PNG: EncodedImage = { mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) };
const FULL = { width: 4000, height: 3000 };
const DISPLAY = { url: 'blob:display', width: 2000, height: 1500 };

/** A crop call that answers when told to, recording each request and its signal. */
function pendingCrops() {
  const calls: { request: CropRequest; signal: { aborted: boolean } | undefined; answer(): void }[] = [];
  const crop = vi.fn<Api['crop']>(
    (request, options) =>
      new Promise((resolve) => {
        calls.push({ request, signal: options?.signal, answer: () => resolve(PNG) });
      }),
  );
  return { calls, api: fakeApi({ crop }) };
}

function loupeAt(api: Api, u: number, v: number, kind: CropRequest['source'] | null = 'aligned') {
  return (
    <Loupe
      image={DISPLAY}
      full={FULL}
      original={{ api, source: kind && { analysisId: 'analysis-1', kind } }}
      u={u}
      v={v}
      x={200}
      y={150}
    />
  );
}

const loupe = () => screen.getByTestId('loupe');

describe('Loupe at 1:1', () => {
  it('asks for a square of the original around the point once the pointer rests, then shows it on top', async () => {
    const { calls, api } = pendingCrops();
    render(loupeAt(api, 0.5, 0.25));
    expect(calls).toHaveLength(0);
    expect(loupe().dataset.original).toBe('false');
    // Until the crop comes, the display render is stretched to the original's scale (1 px per photo px).
    expect(loupe().style.backgroundSize).toBe('4000px 3000px');
    await act(() => vi.advanceTimersByTimeAsync(100));
    // The loupe is 180 device px across: the square is twice that, centred on (2000, 750).
    expect(calls.map((c) => c.request)).toEqual([
      { analysisId: 'analysis-1', source: 'aligned', left: 1820, top: 570, size: 360 },
    ]);
    await act(async () => calls[0]!.answer());
    expect(loupe().dataset.original).toBe('true');
    expect(loupe().style.backgroundImage).toMatch(/^url\("?blob:fake\/1"?\), url\("?blob:display"?\)$/);
    expect(loupe().style.backgroundSize).toBe('360px 360px, 4000px 3000px');
    // The point (2000, 750) is 180 px into the square from its corner, at the loupe's centre (90 px).
    expect(loupe().style.backgroundPosition.split(',')[0]).toBe('-90px -90px');
  });

  it('moves over the square it holds without asking again, and asks when the window leaves it', async () => {
    const { calls, api } = pendingCrops();
    const { rerender } = render(loupeAt(api, 0.5, 0.25));
    await act(() => vi.advanceTimersByTimeAsync(100));
    await act(async () => calls[0]!.answer());
    rerender(loupeAt(api, 2080 / 4000, 0.25));
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(calls).toHaveLength(1);
    expect(loupe().style.backgroundPosition.split(',')[0]).toBe('-170px -90px');
    rerender(loupeAt(api, 2200 / 4000, 0.25));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.request).toMatchObject({ left: 2020, top: 570 });
  });

  it('asks only for where the pointer stopped, and aborts a request it has moved on from', async () => {
    const { calls, api } = pendingCrops();
    const { rerender } = render(loupeAt(api, 0.1, 0.1));
    for (const u of [0.2, 0.3, 0.4]) {
      await act(() => vi.advanceTimersByTimeAsync(30));
      rerender(loupeAt(api, u, 0.1));
    }
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(calls.map((c) => c.request.left)).toEqual([1600 - 180]);
    rerender(loupeAt(api, 0.9, 0.1));
    expect(calls[0]!.signal?.aborted).toBe(true);
    // Its late answer is dropped rather than shown at the wrong place.
    await act(async () => calls[0]!.answer());
    expect(loupe().dataset.original).toBe('false');
  });

  it('magnifies the render when there is no original behind the layer (the difference map)', async () => {
    const { calls, api } = pendingCrops();
    render(loupeAt(api, 0.5, 0.5, null));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(calls).toHaveLength(0);
    expect(loupe().style.backgroundImage).toMatch(/^url\("?blob:display"?\)$/);
  });
});

describe('loupeSource', () => {
  it('reads the before photo, the aligned after or the after as shot, as the layer shows', () => {
    const a = sampleAnalysis();
    const urls = {};
    expect(loupeSource(a, beforeLayer(a, urls), 'before')).toEqual({ analysisId: a.id, kind: 'before' });
    expect(loupeSource(a, afterLayer(a, urls, true, true), 'after')?.kind).toBe('aligned');
    expect(loupeSource(a, afterLayer(a, urls, false, true), 'after')?.kind).toBe('after');
    expect(loupeSource(a, beforeLayer(a, urls), 'difference')).toBeNull();
  });
});
