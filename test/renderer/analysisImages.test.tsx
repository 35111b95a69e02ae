// @vitest-environment jsdom
import { cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EncodedImage, ImageKind } from '../../shared/contract/api.js';
import { App } from '../../renderer/components/App.js';
import { FIRST_KINDS, useAnalysisImages } from '../../renderer/lib/useAnalysisImages.js';
import { fakeApi, sampleAnalysis, stubBrowser } from './fakeApi.js';

const PNG: EncodedImage = { mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) };

beforeEach(stubBrowser);
afterEach(cleanup);

describe('display renders', () => {
  it('loads them by address when the adapter names one: no bytes through script', async () => {
    const imageUrl = vi.fn((id: string, kind: ImageKind) => `/api/analyses/${id}/images/${kind}`);
    const api = fakeApi({ imageUrl });
    render(<App api={api} />);
    const after = await screen.findByAltText('After, aligned, exposure normalized');
    expect(after.getAttribute('src')).toBe('/api/analyses/analysis-1/images/aligned-normalized');
    expect(screen.getByAltText('Before').getAttribute('src')).toBe('/api/analyses/analysis-1/images/before');
    expect(api.image).not.toHaveBeenCalled();
  });

  it('fetches the renders a first view shows, shows them, and only then fetches the maps', async () => {
    // Each render answers only when the test says so.
    const answer = new Map<ImageKind, () => void>();
    const image = vi.fn(
      (_id: string, kind: ImageKind) =>
        new Promise<EncodedImage>((resolve) => answer.set(kind, () => resolve(PNG))),
    );
    const api = fakeApi({ image });
    const analysis = sampleAnalysis();
    const first = analysis.images.filter((k) => FIRST_KINDS.includes(k));
    const onError = vi.fn();
    const { result } = renderHook(() => useAnalysisImages(api, analysis, onError));
    await waitFor(() => expect(image).toHaveBeenCalledTimes(first.length));
    expect(image.mock.calls.map((c) => c[1])).toEqual(first);
    for (const k of first) answer.get(k)?.();
    await waitFor(() => expect(result.current.before).toMatch(/^blob:/));
    expect(result.current['aligned-normalized']).toMatch(/^blob:/);
    // The maps are asked for only once the first renders are on screen, and shown when they arrive.
    await waitFor(() => expect(image).toHaveBeenCalledTimes(first.length + 1));
    expect(image.mock.calls.at(-1)?.[1]).toBe('difference');
    expect(result.current.difference).toBeUndefined();
    answer.get('difference')?.();
    await waitFor(() => expect(result.current.difference).toMatch(/^blob:/));
    expect(result.current.before).toMatch(/^blob:/);
    expect(image).toHaveBeenCalledTimes(first.length + 1);
    expect(onError).not.toHaveBeenCalled();
  });
});
