/**
 * The resume journal of a batch's --out folder: one JSON line per finished job (JobRecord), appended as
 * soon as the job's outputs are written. Only a byte range per key is held in memory; rows are read back
 * from the file when the summary is assembled, so a thousand cases with their thumbnails stay on disk.
 * A line cut short by a crash does not parse and is ignored: that job is simply redone.
 */
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { JobRecord } from './batchTypes.js';

/** The journal's name in the --out folder (a dot file: a folder batch never takes it as input). */
export const JOURNAL_NAME = '.fairshot-batch-journal.ndjson';

export class Journal {
  private readonly ranges = new Map<string, { offset: number; length: number }>();
  private end = 0;
  private tail: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: FileHandle) {}

  /** Opens (creating when absent) the journal at `path` and indexes its complete lines. */
  static async open(path: string): Promise<Journal> {
    const handle = await open(path, 'a+');
    const journal = new Journal(handle);
    await journal.index(path);
    return journal;
  }

  private async index(path: string): Promise<void> {
    const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    let offset = 0;
    for await (const line of rl) {
      const length = Buffer.byteLength(line);
      try {
        const rec = JSON.parse(line) as Partial<JobRecord>;
        if (typeof rec.key === 'string' && Array.isArray(rec.rows))
          this.ranges.set(rec.key, { offset, length });
      } catch {
        // A torn last line from a killed run: its job is redone.
      }
      offset += length + 1;
    }
    this.end = (await this.handle.stat()).size;
    // Every line read counts its newline; one past the end means the last line has none (torn by a
    // kill): start the next record on a fresh line so that it parses.
    if (offset > this.end) await this.write('\n');
  }

  /** Whether a finished record with this key is in the journal. */
  has(key: string): boolean {
    return this.ranges.has(key);
  }

  /** Reads a record back from the file. */
  async get(key: string): Promise<JobRecord | null> {
    const r = this.ranges.get(key);
    if (!r) return null;
    const buf = Buffer.alloc(r.length);
    await this.handle.read(buf, 0, r.length, r.offset);
    return JSON.parse(buf.toString('utf8')) as JobRecord;
  }

  /** Appends a record and flushes it to disk, so a crash right after still finds it. */
  async append(record: JobRecord): Promise<void> {
    const line = JSON.stringify(record);
    await this.write(`${line}\n`, () => {
      this.ranges.set(record.key, { offset: this.end, length: Buffer.byteLength(line) });
    });
  }

  private write(text: string, before?: () => void): Promise<void> {
    // Appends are chained: two jobs finishing together must not interleave their lines or offsets.
    const next = this.tail.then(async () => {
      before?.();
      const bytes = Buffer.from(text);
      await this.handle.write(bytes, 0, bytes.length, null);
      await this.handle.sync();
      this.end += bytes.length;
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.handle.close();
  }
}
