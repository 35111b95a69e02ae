/**
 * The files of a batch folder, read with opendir (entries stream in, never a full Dirent array) and sorted
 * in natural order ("case2" before "case10") so that a batch and its resume see the same order. Only the
 * names are held: a thousand names is a few tens of kB.
 */
import { opendir } from 'node:fs/promises';

/** Extensions taken as photos; anything else in the folder (a manifest, notes) is left out and counted. */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|tiff?|avif|gif|heic|heif)$/i;

export interface FolderListing {
  /** Photo file names (not paths), sorted. Subfolders are not entered. */
  names: string[];
  /** Files left out because their names do not end in an image extension (hidden files not counted). */
  skipped: number;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Lists the photos directly inside `folder`. */
export async function listImages(folder: string): Promise<FolderListing> {
  const names: string[] = [];
  let skipped = 0;
  for await (const entry of await opendir(folder)) {
    // Our own temporary files, and dot files (.DS_Store, a journal), are never inputs.
    if (entry.name.startsWith('.')) continue;
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    if (IMAGE_EXTENSIONS.test(entry.name)) names.push(entry.name);
    else skipped++;
  }
  names.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return { names, skipped };
}
