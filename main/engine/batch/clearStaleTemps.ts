/**
 * Removes the temporary files a killed run left in a folder of the batch's --out. Outputs are written to
 * a TEMP_PREFIX name and renamed when complete; a SIGKILL between the two leaves the half-written
 * temporary behind, and redoing the case wrote new ones beside it, so the stale one stayed for good
 * (seen on a batch killed while writing error-level-after.png, issue 5). Only folders this run is about
 * to rewrite are swept: a case's own folder (and its pair-N folders) before the case is redone, and the
 * --out folder before the summaries are written.
 */
import { opendir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_PREFIX } from '../atomicWrite.js';

/**
 * Deletes `TEMP_PREFIX*` files directly in `folder`, and with `depth` > 0 in its subfolders to that
 * depth. A folder that does not exist yet has nothing to clear. Returns how many were removed.
 */
export async function clearStaleTemps(folder: string, depth = 0): Promise<number> {
  const dir = await opendir(folder).catch(() => null);
  if (!dir) return 0;
  let removed = 0;
  for await (const entry of dir) {
    const path = join(folder, entry.name);
    if (entry.isFile() && entry.name.startsWith(TEMP_PREFIX)) {
      await rm(path, { force: true });
      removed++;
    } else if (entry.isDirectory() && depth > 0) removed += await clearStaleTemps(path, depth - 1);
  }
  return removed;
}
