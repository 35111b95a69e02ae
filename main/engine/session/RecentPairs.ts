/**
 * The recent pairs list: main-side only (it holds paths), kept in memory and, when given a file, saved
 * there as JSON atomically so a crash mid-write never loses the list.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicWrite.js';

const PhotoEntrySchema = z.object({ path: z.string().min(1), name: z.string() });
const EntrySchema = z.object({ before: PhotoEntrySchema, after: PhotoEntrySchema, openedAt: z.string() });
export type RecentEntry = z.infer<typeof EntrySchema>;

export interface RecentPairsOptions {
  /** JSON file to keep the list in; memory only when null. @default null */
  file?: string | null;
  /** Entries kept, newest first. @default 10 */
  max?: number;
}

export class RecentPairs {
  private entries: RecentEntry[] | null = null;
  private saving: Promise<void> = Promise.resolve();
  private readonly file: string | null;
  private readonly max: number;

  constructor(options: RecentPairsOptions = {}) {
    this.file = options.file ?? null;
    this.max = options.max ?? 10;
  }

  /** Newest first. A missing or unreadable file is an empty list, not an error: it is only a convenience. */
  async list(): Promise<RecentEntry[]> {
    if (this.entries) return this.entries;
    let loaded: RecentEntry[] = [];
    if (this.file) {
      try {
        const parsed = z.array(EntrySchema).safeParse(JSON.parse(await readFile(this.file, 'utf8')));
        if (parsed.success) loaded = parsed.data.slice(0, this.max);
      } catch {
        // No list yet, or a damaged one: start a new one.
      }
    }
    this.entries ??= loaded;
    return this.entries;
  }

  /** Puts the pair first (once) and saves the list. */
  async add(entry: RecentEntry): Promise<void> {
    const same = (e: RecentEntry) => e.before.path === entry.before.path && e.after.path === entry.after.path;
    const list = await this.list();
    this.entries = [entry, ...list.filter((e) => !same(e))].slice(0, this.max);
    const file = this.file;
    if (!file) return;
    const data = JSON.stringify(this.entries, null, 2);
    // Saves run one after another so that an older list never lands after a newer one.
    this.saving = this.saving
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, data);
      });
    await this.saving;
  }
}
