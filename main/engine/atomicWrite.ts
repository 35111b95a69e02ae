/**
 * Output files are written so that a reader (or a crash) never sees half a file: the bytes go to a
 * temporary name in the same folder, are flushed to disk, then renamed over the target in one step.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Prefix of the temporary files, so a leftover from a killed process is recognisable. */
export const TEMP_PREFIX = '.fairshot-tmp-';

/**
 * Writes `data` to `path` atomically: the target either keeps its old content or gets all of the new.
 * The temporary file lives in the target's folder because rename is only atomic within one file system.
 * On failure the temporary file is removed and the error is rethrown.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(path)}`);
  let renamed = false;
  try {
    // 'wx': never follow or clobber something already at the temporary name.
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      // Without fsync the rename can reach the disk before the bytes do, leaving an empty file after a crash.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    renamed = true;
  } finally {
    if (!renamed) await rm(temp, { force: true });
  }
  await syncFolder(dirname(path));
}

// The rename itself lives in the folder's entry list; flushing the folder makes it survive a power cut.
// Best effort: some platforms (Windows) cannot open a folder for fsync, and the file is complete anyway.
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing to undo: the data and the rename are already done.
  }
}
