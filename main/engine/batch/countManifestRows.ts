/**
 * How many rows a manifest holds, for the progress bar's total: one streaming pass that counts lines
 * the way readManifest reads them (blank and # lines skipped, a before/after header not counted).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function countManifestRows(manifestPath: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(manifestPath, 'utf8'), crlfDelay: Infinity });
  let rows = 0;
  let first = true;
  for await (const raw of rl) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const header =
      first && /(^|,)\s*"?before"?\s*(,|$)/i.test(line) && /(^|,)\s*"?after"?\s*(,|$)/i.test(line);
    first = false;
    if (!header) rows++;
  }
  return rows;
}
