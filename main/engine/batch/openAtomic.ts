/**
 * A streamed output written atomically: chunks go to a temporary file beside the target (TEMP_PREFIX, as
 * writeFileAtomic names them), which is flushed and renamed over the target only when complete. For
 * outputs too large to assemble in memory (a thousand-case summary.html with its thumbnails).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TEMP_PREFIX } from '../atomicWrite.js';

export interface AtomicFile {
  write(text: string): Promise<void>;
  /** Flushes and renames onto the target. */
  commit(): Promise<void>;
  /** Removes the temporary file (the target keeps what it had). */
  abort(): Promise<void>;
}

/** Opens a temporary file for `path`. Call commit() when every chunk is written, abort() on failure. */
export async function openAtomic(path: string): Promise<AtomicFile> {
  const temp = join(dirname(path), `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(path)}`);
  // 'wx': never follow or clobber something already at the temporary name.
  const handle = await open(temp, 'wx', 0o644);
  let pending = '';
  const flush = async () => {
    if (pending) await handle.write(pending);
    pending = '';
  };
  return {
    async write(text) {
      pending += text;
      // Small rows are batched into 64 kB writes rather than one syscall each.
      if (pending.length > 65536) await flush();
    },
    async commit() {
      await flush();
      await handle.sync();
      await handle.close();
      await rename(temp, path);
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
