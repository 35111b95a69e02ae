/** The jobs of a manifest batch: each row a pair, or a row in error, streamed as the manifest is read. */
import type { BatchJob } from './batchTypes.js';
import { readManifest } from './readManifest.js';

/** Yields the manifest's rows as jobs, in order, reading the file as the batch needs them. */
export async function* manifestJobs(manifest: string): AsyncGenerator<BatchJob> {
  for await (const row of readManifest(manifest)) {
    yield row.error === null
      ? { index: row.index, kind: 'pair', label: row.label, before: row.before, after: row.after }
      : {
          index: row.index,
          kind: 'error',
          label: row.label,
          files: [row.before, row.after],
          error: row.error,
        };
  }
}
