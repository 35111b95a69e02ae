/**
 * An upload onto disk: streamed (a request body is never held whole), size-capped, under a random name
 * only this user can read. Nothing of the person's file name reaches the file system.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ServiceError } from './ServiceError.js';

/**
 * Writes `source` to a new file in `dir` and returns its path. Refuses an empty upload or one over
 * `maxBytes` (stopping as soon as it passes the cap) and leaves no partial file behind.
 * @param name The person's file name, for the messages only.
 */
export async function saveUpload(
  dir: string,
  name: string,
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<string> {
  const path = join(dir, randomBytes(16).toString('base64url'));
  let total = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          total += chunk.byteLength;
          if (total > maxBytes)
            throw new ServiceError('bad-input', `${name}: too large (limit ${maxBytes} bytes)`);
          yield chunk;
        }
      },
      // 'wx': never follow or overwrite anything already there.
      createWriteStream(path, { flags: 'wx', mode: 0o600 }),
    );
    if (total === 0) throw new ServiceError('bad-input', `${name}: empty file (0 bytes)`);
  } catch (err) {
    await rm(path, { force: true });
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('bad-input', `${name}: the upload did not complete`);
  }
  return path;
}
