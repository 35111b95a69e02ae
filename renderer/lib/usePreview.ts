/** A photo's preview (for the split editor) as an object URL, revoked when the photo changes or leaves. */
import { useEffect, useState } from 'react';
import type { Api } from '../../shared/contract/api.js';

export function usePreview(api: Api, photoId: string | null, onError: (e: unknown) => void): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (!photoId) return;
    let live = true;
    let made: string | null = null;
    api.preview(photoId).then(
      (img) => {
        if (!live) return;
        made = URL.createObjectURL(new Blob([img.bytes as Uint8Array<ArrayBuffer>], { type: img.mime }));
        setUrl(made);
      },
      (e: unknown) => live && onError(e),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [api, photoId, onError]);
  return url;
}
