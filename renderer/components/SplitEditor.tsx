/**
 * The split editor: one dropped image that the engine took for a gallery composite, its proposed split
 * drawn over it and corrected by the person, then audited with "Compare". Renders the stage column and
 * the side column of the workspace.
 */
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Split, SplitProposal } from '../../shared/contract/api.js';
import { pickCase, swapCase } from '../lib/editSplit.js';
import { SplitControls } from './SplitControls.js';
import { SplitFigure } from './SplitFigure.js';

/** Mount with `key={proposal.photo.id}`: a new image starts from its own proposal. */
export function SplitEditor({
  proposal,
  previewUrl,
  busy,
  onCompare,
  onOnePhoto,
}: {
  proposal: SplitProposal & { split: Split };
  previewUrl: string | null;
  busy: boolean;
  onCompare(split: Split): void;
  onOnePhoto(): void;
}): ReactNode {
  const [split, setSplit] = useState<Split>(proposal.split);
  const size = { width: proposal.width, height: proposal.height };
  return (
    <>
      <div className="stage-column split-stage">
        <SplitFigure
          url={previewUrl}
          name={proposal.photo.name}
          size={size}
          split={split}
          onChange={busy ? () => undefined : setSplit}
        />
      </div>
      <aside className="side" aria-label="Split">
        <SplitControls
          proposal={proposal}
          split={split}
          edited={split !== proposal.split}
          busy={busy}
          onPickCase={(i) => setSplit((s) => pickCase(s, i))}
          onSwap={() => setSplit((s) => swapCase(s, proposal.split))}
          onReset={() => setSplit(proposal.split)}
          onOnePhoto={onOnePhoto}
          onCompare={() => onCompare(split)}
        />
      </aside>
    </>
  );
}
