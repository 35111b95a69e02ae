/**
 * The composites the split benchmark runs on: built from one seed's draws over one half of the source
 * photos, decoded back to pixels as the engine would see them. Tuning and held-out sets differ in both
 * the seed and the photos.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RgbImage } from '../../shared/analysis/image.js';
import { makeCompositeCase, type CompositeCase } from '../../test/tools/compositeCase.js';
import { loadSource } from '../../test/tools/compositePanels.js';
import { createRng } from '../../test/tools/createRng.js';
import { noisyScalp } from '../../test/tools/noisyScalp.js';
import { photosDir } from './photos.js';

export interface DecodedCase extends CompositeCase {
  readonly img: RgbImage;
  /** Milliseconds sharp took to decode the file to raw RGB: the peer a split's time is set against. */
  readonly decodeMs: number;
}

/**
 * Source images for one half ('tune': even-numbered photos, 'held': odd-numbered), at most `limit`
 * photos, plus two renders of that half's own seeds. Also returns the photo files used.
 */
export async function caseSources(
  half: 'tune' | 'held',
  limit: number,
): Promise<{ sources: RgbImage[]; files: string[] }> {
  const dir = photosDir();
  const files = dir
    ? (await readdir(dir))
        .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
        .sort()
        .filter((_, i) => i % 2 === (half === 'tune' ? 0 : 1))
        .slice(0, limit)
        .map((f) => join(dir, f))
    : [];
  const photos = await Promise.all(files.map((f) => loadSource(f)));
  return {
    sources: [
      ...photos,
      ...(half === 'tune' ? [21, 22] : [23, 24]).map((seed) => noisyScalp(seed, 640, 480)),
    ],
    files,
  };
}

/** `n` composites drawn from `seed` over `sources`, each decoded once (timed). */
export async function buildCases(
  seed: number,
  n: number,
  sources: readonly RgbImage[],
): Promise<DecodedCase[]> {
  const rng = createRng(seed);
  const out: DecodedCase[] = [];
  for (let i = 0; i < n; i++) {
    const c = await makeCompositeCase(rng, sources);
    const t0 = performance.now();
    const { data, info } = await sharp(c.file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const decodeMs = performance.now() - t0;
    out.push({ ...c, img: { width: info.width, height: info.height, data: new Uint8Array(data) }, decodeMs });
  }
  return out;
}
