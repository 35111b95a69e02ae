/**
 * Refuses a file that cannot be a manifest before any row is read. A photo or a binary file given to
 * `fairshot batch` was read as CSV: every line of its bytes became a row in error, 274 of them for a
 * 40 kB JPEG, each printing binary noise (issue 5). Text files are still read: a manifest may have no
 * header, so a text file's rows say for themselves what is wrong with them.
 */
import { open } from 'node:fs/promises';
import { PhotoError } from '../input/PhotoError.js';
import { sniffFormat } from '../input/sniffFormat.js';

const USE = 'give a folder of photos or a CSV manifest (columns before,after[,label])';

/** Throws PhotoError ("FILE: cause") unless the file at `path` reads as text. */
export async function checkManifest(path: string): Promise<void> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new PhotoError(path, `cannot be read (${e.code ?? e.message})`);
  });
  let head: Uint8Array;
  try {
    // The first 4 kB tell an image's magic bytes and whether the file is text (no NUL, valid UTF-8).
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.length === 0) throw new PhotoError(path, `is empty, not a manifest: ${USE}`);
  const sniffed = sniffFormat(head);
  if (sniffed.kind === 'photo')
    throw new PhotoError(
      path,
      `is a ${sniffed.format.toUpperCase()} photo, not a manifest: ${USE}; one gallery image is audited with fairshot audit FILE`,
    );
  if (!sniffed.what.startsWith('a text file'))
    throw new PhotoError(
      path,
      `is ${sniffed.what.replace(/(, not (an image|a photo|a supported image)|; .*)$/, '')}, not a manifest: ${USE}`,
    );
}
