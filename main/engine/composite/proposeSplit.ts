/** The engine's proposal of how a composite file is cut, for the app to show and a person to correct. */
import type { ProposedSplit } from '../../../shared/contract/composite.js';
import { splitComposite } from '../../../shared/analysis/composite/splitComposite.js';
import { readComposite } from './readComposite.js';

/**
 * Reads the file (PhotoError for a bad one) and splits it. A single photo is not an error here: the
 * proposal says `isComposite: false` with the whole image as one panel, and the caller decides.
 */
export async function proposeSplit(path: string): Promise<ProposedSplit> {
  const composite = await readComposite(path);
  const { split, isComposite, found } = splitComposite(composite.pixels);
  return { source: composite.source, split, isComposite, found };
}
