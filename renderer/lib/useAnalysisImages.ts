/**
 * The display renders of an analysis as object URLs. The old set stays on screen until the new set has
 * arrived, then it is revoked; renders that arrive for an analysis already replaced are revoked at once.
 */
import { useEffect, useRef, useState } from 'react';
import type { Analysis, Api, ImageKind } from '../../shared/contract/api.js';

export type ImageUrls = Partial<Record<ImageKind, string>>;

export function useAnalysisImages(
  api: Api,
  analysis: Analysis | null,
  onError: (e: unknown) => void,
): ImageUrls {
  const [urls, setUrls] = useState<ImageUrls>({});
  const shown = useRef<ImageUrls>({});
  useEffect(() => {
    if (!analysis) return;
    let live = true;
    void Promise.all(
      analysis.images.map(async (kind) => {
        const img = await api.image(analysis.id, kind);
        const blob = new Blob([img.bytes as Uint8Array<ArrayBuffer>], { type: img.mime });
        return [kind, URL.createObjectURL(blob)] as const;
      }),
    ).then(
      (pairs) => {
        const next: ImageUrls = Object.fromEntries(pairs);
        if (!live) return revokeAll(next);
        revokeAll(shown.current);
        shown.current = next;
        setUrls(next);
      },
      (e: unknown) => {
        if (live) onError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, analysis, onError]);
  useEffect(() => () => revokeAll(shown.current), []);
  return urls;
}

function revokeAll(urls: ImageUrls): void {
  for (const u of Object.values(urls)) if (u) URL.revokeObjectURL(u);
}
