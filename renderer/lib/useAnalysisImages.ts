/**
 * The display renders of an analysis as URLs. When the adapter can name an address for them (serve
 * mode), that is all: the <img> elements load and decode them off the UI thread, only the views shown
 * fetch theirs, and no bytes pass through script (bench/ui.ts measured up to 180 ms tasks copying the
 * 12 MP pair's 4.6 MB of renders into ArrayBuffers and Blobs). Otherwise (Electron's IPC) they become
 * object URLs of the bytes `image` returns. The old set stays on screen until the new set's
 * first renders have arrived, then it is revoked; renders that arrive for an analysis already replaced
 * are revoked at once. The renders a first view can show (FIRST_KINDS) are fetched and shown first; the
 * difference and error-level maps (PNGs, most of the bytes) follow once they are on screen, so their
 * fetch, Blob and decode work does not fall in the same frames as the first image (bench/ui.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis, Api, ImageKind } from '../../shared/contract/api.js';

export type ImageUrls = Partial<Record<ImageKind, string>>;

/** The before photo and every after render a compare view opens on. */
export const FIRST_KINDS: readonly ImageKind[] = ['before', 'aligned-normalized', 'aligned', 'after'];

export function useAnalysisImages(
  api: Api,
  analysis: Analysis | null,
  onError: (e: unknown) => void,
): ImageUrls {
  const [urls, setUrls] = useState<ImageUrls>({});
  const shown = useRef<ImageUrls>({});
  const direct = useMemo(
    () =>
      analysis && api.imageUrl
        ? Object.fromEntries(
            analysis.images.map((k) => [k, (api.imageUrl as NonNullable<Api['imageUrl']>)(analysis.id, k)]),
          )
        : null,
    [api, analysis],
  );
  useEffect(() => {
    if (!analysis || api.imageUrl) return;
    let live = true;
    const fetchAll = (kinds: readonly ImageKind[]) =>
      Promise.all(
        kinds.map(async (kind) => {
          const img = await api.image(analysis.id, kind);
          const blob = new Blob([img.bytes as Uint8Array<ArrayBuffer>], { type: img.mime });
          return [kind, URL.createObjectURL(blob)] as const;
        }),
      );
    const first = analysis.images.filter((k) => FIRST_KINDS.includes(k));
    const rest = analysis.images.filter((k) => !FIRST_KINDS.includes(k));
    /** Shows `next`: the first batch replaces (and revokes) the previous analysis's set. */
    const publish = (next: ImageUrls, replace: boolean): void => {
      if (!live) return revokeAll(next);
      if (replace) revokeAll(shown.current);
      shown.current = replace ? next : { ...shown.current, ...next };
      setUrls(shown.current);
    };
    void fetchAll(first)
      .then((pairs) => {
        publish(Object.fromEntries(pairs), true);
        return live && rest.length ? fetchAll(rest) : [];
      })
      .then(
        (pairs) => pairs.length > 0 && publish(Object.fromEntries(pairs), false),
        (e: unknown) => {
          if (live) onError(e);
        },
      );
    return () => {
      live = false;
    };
  }, [api, analysis, onError]);
  useEffect(() => () => revokeAll(shown.current), []);
  return direct ?? urls;
}

function revokeAll(urls: ImageUrls): void {
  for (const u of Object.values(urls)) if (u) URL.revokeObjectURL(u);
}
