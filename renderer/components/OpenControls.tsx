/** Opening photos: the native dialog in Electron, the file picker everywhere, recent pairs and swap. */
import type { ReactNode } from 'react';
import { useRef } from 'react';
import type { Api, RecentPair } from '../../shared/contract/api.js';
import type { Audit } from '../lib/useAudit.js';
import { RecentPairs } from './RecentPairs.js';

export const ACCEPTED_TYPES =
  'image/jpeg,image/png,image/webp,image/tiff,image/heic,image/heif,.heic,.heif,.jpg,.jpeg,.png,.tif,.tiff,.webp';

export function OpenControls({
  api,
  audit,
  recent,
}: {
  api: Api;
  audit: Audit;
  recent: RecentPair[];
}): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const openDialog = async (): Promise<void> => {
    try {
      audit.openPhotos(await api.openDialog());
    } catch (e) {
      audit.report(e);
    }
  };
  return (
    <div className="open-controls" role="group" aria-label="Open photos">
      {api.kind === 'electron' ? (
        <button type="button" className="primary" onClick={() => void openDialog()}>
          Open photos…
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => input.current?.click()}>
          Open photos…
        </button>
      )}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_TYPES}
        className="visually-hidden"
        aria-label="Choose one or two photos"
        data-testid="file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void audit.uploadFiles(files);
        }}
      />
      <RecentPairs recent={recent} onOpen={(r) => audit.openPhotos([r.before, r.after])} />
      <button
        type="button"
        onClick={audit.swap}
        // In the split editor, swapping is the editor's own button: this one would swap the last pair.
        disabled={!audit.pair || audit.progress !== null || audit.proposal !== null}
        title="Swap before and after"
      >
        Swap
      </button>
    </div>
  );
}
