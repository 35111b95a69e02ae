/**
 * The composite engine's proposal for one image, as the app's contract carries it: the split with the
 * first case selected, or no split and the reason, in one line, that the image is taken as one photo.
 */
import type { PhotoRef, SplitProposal } from '../../../shared/contract/api.js';
import { SplitProposalSchema } from '../../../shared/contract/api.js';
import type { Composite } from '../../../shared/contract/composite.js';
import { PhotoError } from '../input/PhotoError.js';
import { ServiceError } from './ServiceError.js';

/** What main/engine/composite's proposeSplit answers (shared/contract/composite.ts ProposedSplit). */
export interface EngineProposal {
  source: { width: number; height: number };
  split: Pick<Composite, 'layout' | 'panels' | 'pairs' | 'order' | 'confidence'>;
  isComposite: boolean;
  found: 'bands' | 'seams' | 'none';
}

const FOUND: Record<EngineProposal['found'], string> = {
  bands: 'Panels found from the plain bands between them.',
  seams: 'Panels found from the seams where one photo meets the next (no band between them).',
  none: 'no separating band or seam was found',
};

/**
 * Asks `propose` about the photo at `photo.path` and shapes the answer. A bad image becomes a
 * bad-input ServiceError naming it as the person knows it.
 */
export async function splitProposal(
  photo: PhotoRef & { path: string },
  propose: (path: string) => Promise<EngineProposal>,
): Promise<SplitProposal> {
  let p: EngineProposal;
  try {
    p = await propose(photo.path);
  } catch (err) {
    if (err instanceof PhotoError) throw new ServiceError('bad-input', `${photo.name}: ${err.cause_}`);
    throw err;
  }
  const composite = p.isComposite && p.split.pairs.length > 0;
  return SplitProposalSchema.parse({
    photo: { id: photo.id, name: photo.name },
    width: p.source.width,
    height: p.source.height,
    split: composite ? { ...p.split, pair: 0 } : null,
    reason: composite
      ? FOUND[p.found]
      : p.isComposite
        ? 'no before/after case was found among its panels'
        : FOUND.none,
  });
}
