/**
 * The loupe's full-resolution pixels: asks the engine for a square of the original photo around the
 * point under the pointer, larger than the loupe, so that moving inside it needs no new request. A new
 * square is asked for only when the loupe's window leaves the one held, after the pointer has rested for
 * `debounceMs`; a request the pointer has moved on from is aborted (HTTP) or its answer dropped (IPC).
 */
import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../shared/contract/api.js';
import { MAX_CROP_SIZE } from '../../shared/contract/api.js';
import type { CropSource } from './loupeSource.js';

/** A crop on hand: its object URL and where it sits in the photo's full-resolution pixels. */
export interface HeldCrop {
  readonly url: string;
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

export interface LoupeCropOptions {
  /** Side of the loupe's window in photo pixels (its diameter in device pixels at 1:1). */
  window: number;
  /** @default 80 */
  debounceMs?: number;
}

/** True when the window of side `w` centred on (x, y) lies inside the crop. */
export function cropCovers(c: HeldCrop | null, x: number, y: number, w: number): boolean {
  if (!c) return false;
  return (
    x - w / 2 >= c.left && y - w / 2 >= c.top && x + w / 2 <= c.left + c.size && y + w / 2 <= c.top + c.size
  );
}

/** `at`: the point in the source's full-resolution pixels, or null when the pointer is off the photo. */
export function useLoupeCrop(
  api: Api | null,
  source: CropSource | null,
  at: { x: number; y: number } | null,
  options: LoupeCropOptions,
): HeldCrop | null {
  const [crop, setCrop] = useState<HeldCrop | null>(null);
  const held = useRef<HeldCrop | null>(null);
  const key = source ? `${source.analysisId}/${source.kind}` : '';
  // A crop of another photo or analysis is no crop at all.
  const [heldKey, setHeldKey] = useState(key);
  if (heldKey !== key) {
    setHeldKey(key);
    setCrop(null);
  }
  const size = Math.min(MAX_CROP_SIZE, Math.max(16, 2 * Math.ceil(options.window)));
  const need =
    api !== null && source !== null && at !== null && !cropCovers(crop, at.x, at.y, options.window);
  const left = at ? Math.round(at.x - size / 2) : 0;
  const top = at ? Math.round(at.y - size / 2) : 0;

  const analysisId = source?.analysisId ?? '';
  const kind = source?.kind ?? 'before';
  useEffect(() => {
    if (!need || !api) return;
    const ac = new AbortController();
    const timer = setTimeout(() => {
      const request = { analysisId, source: kind, left, top, size };
      api.crop(request, { signal: ac.signal }).then(
        (img) => {
          if (ac.signal.aborted) return;
          const url = URL.createObjectURL(
            new Blob([img.bytes as Uint8Array<ArrayBuffer>], { type: img.mime }),
          );
          if (held.current) URL.revokeObjectURL(held.current.url);
          held.current = { url, left, top, size };
          setCrop(held.current);
        },
        // A failed crop leaves the display render in the loupe; the view itself is unaffected.
        () => undefined,
      );
    }, options.debounceMs ?? 80);
    return () => {
      clearTimeout(timer);
      ac.abort();
    };
  }, [api, analysisId, kind, need, left, top, size, options.debounceMs]);

  useEffect(
    () => () => {
      if (held.current) URL.revokeObjectURL(held.current.url);
      held.current = null;
    },
    [],
  );
  return crop && heldKey === key ? crop : null;
}
