/**
 * The jobs of a batch folder: its photos (listImages) grouped into pairs by name and single images
 * (groupFiles), numbered in folder order.
 */
import { join } from 'node:path';
import type { BatchJob } from './batchTypes.js';
import { groupFiles } from './groupFiles.js';
import { listImages } from './listImages.js';

export interface FolderJobs {
  jobs: BatchJob[];
  /** Files left out as not images by name. */
  skipped: number;
}

/**
 * Lists and groups the folder. The jobs are plain paths and labels (about 200 bytes each), so a thousand
 * of them are held at once; the photos themselves are read only when their job runs.
 */
export async function folderJobs(folder: string): Promise<FolderJobs> {
  const { names, skipped } = await listImages(folder);
  const jobs = groupFiles(names).map((g, index): BatchJob =>
    g.kind === 'pair'
      ? { index, kind: 'pair', label: g.label, before: join(folder, g.before), after: join(folder, g.after) }
      : { index, kind: 'composite', label: g.name, source: join(folder, g.name) },
  );
  return { jobs, skipped };
}
