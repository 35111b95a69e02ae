/**
 * The identity of a job for resuming: its kind, each source file's absolute path, size and modification
 * time, the label and the options that change its result, and the tool version. A file edited, replaced
 * or touched since gets a new key, so its case is redone; hashing the bytes would be surer but would read
 * a thousand photos again before the first new audit starts.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { toolVersion } from '../version.js';
import type { BatchJob } from './batchTypes.js';

/** sha256 hex of the job's identity; null for an error job or a source that cannot be stat'ed. */
export async function jobKey(job: BatchJob, options: Record<string, unknown>): Promise<string | null> {
  if (job.kind === 'error') return null;
  const files = job.kind === 'pair' ? [job.before, job.after] : [job.source];
  const ids: Array<[string, number, number]> = [];
  for (const f of files) {
    const st = await stat(f).catch(() => null);
    if (!st) return null;
    ids.push([resolve(f), st.size, st.mtimeMs]);
  }
  const identity = JSON.stringify({
    v: 1,
    tool: toolVersion(),
    kind: job.kind,
    label: job.label,
    files: ids,
    options,
  });
  return createHash('sha256').update(identity).digest('hex');
}
