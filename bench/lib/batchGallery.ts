/**
 * A folder of gallery composites for the batch benchmark, with the same cases as separate files and a
 * manifest for the peer run. Each composite is two panels side by side on white: a crop of a real photo
 * (or of a procedural scalp when the photos are absent) and the same crop turned, shifted and brightened,
 * as a clinic would show a before and an after.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderScalp } from '../../test/tools/renderScalp.js';
import { photosDir } from './photos.js';

export interface BatchGallery {
  /** Folder of composites (FOLDER batch). */
  gallery: string;
  /** Manifest of the same cases as separate before/after files (the peer). */
  manifest: string;
  cases: number;
  source: string;
}

/** Writes `n` composites of `panelW` x `panelH` panels under `root`. */
export async function batchGallery(
  root: string,
  n: number,
  panelW = 480,
  panelH = 360,
): Promise<BatchGallery> {
  const gallery = join(root, 'gallery');
  const pairs = join(root, 'pairs');
  await mkdir(gallery, { recursive: true });
  await mkdir(pairs, { recursive: true });
  const dir = photosDir();
  const photos = dir ? (await readdir(dir)).filter((f) => /\.jpe?g$/i.test(f)).sort() : [];
  const lines = ['before,after,label'];
  for (let i = 0; i < n; i++) {
    const base = photos.length
      ? sharp(join(dir as string, photos[i % photos.length] as string)).rotate()
      : sharp(renderScalp({ width: panelW * 2, height: panelH * 2, seed: 100 + i }).data, {
          raw: { width: panelW * 2, height: panelH * 2, channels: 3 },
        });
    const big = await base.resize(panelW * 2, panelH * 2, { fit: 'cover' }).toBuffer();
    const before = await sharp(big).resize(panelW, panelH, { fit: 'cover' }).jpeg({ quality: 90 }).toBuffer();
    // The after: 3 degrees of roll, a 4 % shift, half a stop brighter, cut to the same size.
    const after = await sharp(big)
      .rotate(3, { background: '#808080' })
      .extract({
        left: Math.round(panelW * 0.12),
        top: Math.round(panelH * 0.1),
        width: Math.round(panelW * 1.8),
        height: Math.round(panelH * 1.8),
      })
      .resize(panelW, panelH, { fit: 'cover' })
      .linear(1.4, 0)
      .jpeg({ quality: 90 })
      .toBuffer();
    const gap = 20;
    const name = `case${String(i + 1).padStart(4, '0')}`;
    await sharp({
      create: { width: 2 * panelW + gap + 32, height: panelH + 32, channels: 3, background: '#ffffff' },
    })
      .composite([
        { input: before, left: 16, top: 16 },
        { input: after, left: 16 + panelW + gap, top: 16 },
      ])
      .jpeg({ quality: 88 })
      .toFile(join(gallery, `${name}.jpg`));
    await writeFile(join(pairs, `${name}_b.jpg`), before);
    await writeFile(join(pairs, `${name}_a.jpg`), after);
    lines.push(`${name}_b.jpg,${name}_a.jpg,${name}`);
  }
  const manifest = join(pairs, 'manifest.csv');
  await writeFile(manifest, `${lines.join('\n')}\n`);
  return {
    gallery,
    manifest,
    cases: n,
    source: photos.length ? `${photos.length} real photos, cropped` : 'procedural scalps',
  };
}
