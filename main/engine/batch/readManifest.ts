/**
 * Streams a batch manifest (CSV with columns before, after and optional label) row by row, so a manifest
 * of any length is read in bounded memory. Paths are relative to the manifest's folder and must stay in it.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export type ManifestRow =
  | { index: number; line: number; label: string | null; before: string; after: string; error: null }
  | { index: number; line: number; label: string | null; before: string; after: string; error: string };

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). Null when a quote is left open. */
export function splitCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (quoted) return null;
  out.push(cur.trim());
  return out;
}

/** Checks that a manifest path stays inside the manifest's folder and names a file. Returns an error or null. */
async function checkPath(root: string, rel: string, which: string): Promise<string | null> {
  if (!rel) return `${which}: empty path`;
  if (isAbsolute(rel))
    return `${rel}: absolute path; manifest paths must be relative to the manifest's folder`;
  const abs = resolve(root, rel);
  const inside = (p: string, r: string) => {
    const d = relative(r, p);
    return d !== '' && !d.startsWith('..') && !isAbsolute(d);
  };
  if (!inside(abs, root)) return `${rel}: points outside the manifest's folder`;
  const st = await stat(abs).catch(() => null);
  if (!st) return `${rel}: file not found`;
  if (st.isDirectory()) return `${rel}: is a folder, not a photo`;
  // A link inside the folder may still lead out of it.
  const [realAbs, realRoot] = await Promise.all([realpath(abs), realpath(root)]);
  if (!inside(realAbs, realRoot)) return `${rel}: links to a file outside the manifest's folder`;
  return null;
}

/** Yields every data row in order. Rows that cannot be audited carry an `error` and are not dropped. */
export async function* readManifest(manifestPath: string): AsyncGenerator<ManifestRow> {
  const root = dirname(resolve(manifestPath));
  const rl = createInterface({ input: createReadStream(manifestPath, 'utf8'), crlfDelay: Infinity });
  let cols: { before: number; after: number; label: number } | null = null;
  let lineNo = 0;
  let index = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const cells = splitCsvLine(line);
    if (!cols) {
      const lower = (cells ?? []).map((c) => c.toLowerCase());
      if (lower.includes('before') && lower.includes('after')) {
        cols = {
          before: lower.indexOf('before'),
          after: lower.indexOf('after'),
          label: lower.indexOf('label'),
        };
        continue;
      }
      // No header: the columns are before, after, label in that order.
      cols = { before: 0, after: 1, label: 2 };
    }
    const get = (i: number) => (i >= 0 && cells ? (cells[i] ?? '') : '');
    const row = {
      index: index++,
      line: lineNo,
      label: get(cols.label) || null,
      before: get(cols.before),
      after: get(cols.after),
    };
    if (!cells) {
      yield { ...row, error: `line ${lineNo}: unbalanced quotes` };
      continue;
    }
    const error =
      (await checkPath(root, row.before, 'before')) ?? (await checkPath(root, row.after, 'after'));
    yield error
      ? { ...row, error }
      : { ...row, before: resolve(root, row.before), after: resolve(root, row.after), error: null };
  }
}
