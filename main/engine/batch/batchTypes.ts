/** What a batch is made of: jobs (a manifest row, a pair of files, a composite image) and their cases. */

/** One unit of work, read from a manifest or a folder. Its index is its place in the batch (0-based). */
export type BatchJob =
  | { index: number; kind: 'pair'; label: string | null; before: string; after: string }
  | { index: number; kind: 'composite'; label: string | null; source: string }
  /** A row or file that cannot be audited at all (its cause is known before any work). */
  | { index: number; kind: 'error'; label: string | null; files: string[]; error: string };

/** One before/after case as the summary shows it: a job gives one (a pair) or several (a composite). */
export interface CaseRow {
  /** The job's index in the batch. */
  job: number;
  /** Which case of the job (a composite may hold several); 0 for a pair. */
  part: number;
  label: string | null;
  /** The before and after files (the same file, a composite, for panels cut from one). */
  before: string;
  after: string;
  /** Panel indices in the composite, when cut from one. */
  panels: { before: number; after: number } | null;
  verdict: { label: string; score: number } | null;
  /** Flags that are not merely informative, as id:severity. */
  flags: string[];
  error: string | null;
  /** The case's output folder, relative to --out; null without --out or on error. */
  dir: string | null;
  /** Small data-URI JPEG thumbnails of the two photos, when they could be made. */
  thumbs: { before: string; after: string } | null;
  /** panelHashes of the two photos, for finding reused photos across the batch. */
  hashes: { before: string[]; after: string[] } | null;
}

/** A finished job, as the journal keeps it. */
export interface JobRecord {
  /** jobKey: the job's sources (path, size, mtime) and the options. */
  key: string;
  rows: CaseRow[];
}
