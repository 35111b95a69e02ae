/**
 * Calibration of the reuse threshold (shared/analysis/hash/reuseThreshold.ts) on the real photos: the
 * Hamming distance between each photo's pHash and that of an edited copy (re-encoded, resized, cropped,
 * as galleries do), against the distance between every two different photos. Run alone:
 *   node --import tsx bench/lib/batchHashCalibration.ts
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { panelHashes } from '../../shared/analysis/hash/panelHashes.js';
import { reuseDistance } from '../../shared/analysis/hash/reuseDistance.js';
import { toGray } from '../../shared/analysis/image.js';
import { decodeRgb } from '../../main/engine/input/decodeRgb.js';
import { photosDir } from './photos.js';

/** The edits a gallery makes to a photo it reuses. Crops are per side, as a fraction of the size. */
export const EDITS: ReadonlyArray<{ name: string; edit: (s: Sharp, w: number, h: number) => Sharp }> = [
  { name: 'jpeg q40', edit: (s) => s.jpeg({ quality: 40 }) },
  { name: 'resize 25% q75', edit: (s, w) => s.resize({ width: Math.round(w / 4) }).jpeg({ quality: 75 }) },
  {
    name: 'webp q50 400px',
    edit: (s) => s.resize({ width: 400, height: 400, fit: 'inside' }).webp({ quality: 50 }),
  },
  { name: 'crop 3%', edit: (s, w, h) => s.extract(cropBox(w, h, 0.03, 0.03)).jpeg({ quality: 85 }) },
  {
    name: 'crop 5% one side',
    edit: (s, w, h) =>
      s
        .extract({ left: Math.round(w * 0.05), top: 0, width: Math.round(w * 0.95), height: h })
        .jpeg({ quality: 85 }),
  },
  {
    name: 'crop 8%+resize 600',
    edit: (s, w, h) =>
      s
        .extract(cropBox(w, h, 0.08, 0.08))
        .resize({ width: 600 })
        .jpeg({ quality: 70 }),
  },
  { name: 'brighter +0.5EV', edit: (s) => s.linear(1.4, 0).jpeg({ quality: 85 }) },
];

function cropBox(w: number, h: number, fx: number, fy: number) {
  const left = Math.round(w * fx);
  const top = Math.round(h * fy);
  return { left, top, width: w - 2 * left, height: h - 2 * top };
}

/** The pHash of encoded bytes, decoded the way the batch decodes a panel (oriented, long side 640). */
export async function hashBytes(bytes: Uint8Array): Promise<string[]> {
  return panelHashes(toGray(await decodeRgb({ bytes }, { maxSide: 640 })));
}

export interface HashCalibration {
  photos: number;
  /** Distances original -> edited copy, by edit. */
  same: Map<string, number[]>;
  /** Distances between every two different photos; `samePerson` those of one person's other views. */
  different: number[];
  samePerson: number[];
}

export async function calibrateHash(limit = Infinity): Promise<HashCalibration | null> {
  const dir = photosDir();
  if (!dir) return null;
  const names = (await readdir(dir))
    .filter((n) => /\.jpe?g$/i.test(n))
    .sort()
    .slice(0, limit);
  const same = new Map<string, number[]>(EDITS.map((e) => [e.name, []]));
  const hashes: Array<{ person: string; hash: string[] }> = [];
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    // Edits apply to the photo as displayed, like a gallery editor would.
    const { data, info } = await sharp(bytes).rotate().toBuffer({ resolveWithObject: true });
    const hash = await hashBytes(bytes);
    hashes.push({ person: name.split('-')[0] as string, hash });
    for (const e of EDITS) {
      const edited = await e.edit(sharp(data), info.width, info.height).toBuffer();
      same.get(e.name)?.push(reuseDistance(hash, await hashBytes(edited)));
    }
  }
  const different: number[] = [];
  const samePerson: number[] = [];
  for (let i = 0; i < hashes.length; i++) {
    for (let j = i + 1; j < hashes.length; j++) {
      const a = hashes[i] as { person: string; hash: string[] };
      const b = hashes[j] as { person: string; hash: string[] };
      const d = reuseDistance(a.hash, b.hash);
      different.push(d);
      if (a.person === b.person) samePerson.push(d);
    }
  }
  return { photos: names.length, same, different, samePerson };
}

function quantiles(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `min ${s[0]} p1 ${q(0.01)} p50 ${q(0.5)} p99 ${q(0.99)} max ${s[s.length - 1]} (n=${s.length})`;
}

export function printHashCalibration(c: HashCalibration, threshold: number): void {
  console.log(`pHash reuse threshold on ${c.photos} real photos (match when distance <= ${threshold}):`);
  for (const [name, ds] of c.same) {
    const caught = ds.filter((d) => d <= threshold).length;
    console.log(`  same photo, ${name.padEnd(20)} ${quantiles(ds)}  matched ${caught}/${ds.length}`);
  }
  const fa = c.different.filter((d) => d <= threshold).length;
  console.log(
    `  different photos              ${quantiles(c.different)}  false matches ${fa}/${c.different.length}`,
  );
  const fp = c.samePerson.filter((d) => d <= threshold).length;
  console.log(
    `  same person, other view       ${quantiles(c.samePerson)}  false matches ${fp}/${c.samePerson.length}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = await calibrateHash();
  if (!c) console.log('../shared/data/scalp-photos not found');
  else printHashCalibration(c, Number(process.argv[2] ?? 10));
}
