/**
 * Panels for composite tests: two rendered scalps (no real photo needed), each cut twice into a before
 * and an after that differ in framing and exposure, as two visits of one patient would.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import { cutPanel } from '../../../tools/compositePanels.js';
import { createRng } from '../../../tools/createRng.js';
import { makeComposite, type CompositeSpec } from '../../../tools/makeComposite.js';
import { noisyScalp } from '../../../tools/noisyScalp.js';

let sources: RgbImage[] | null = null;

/** Two rendered scalps with sensor noise (noisyScalp), 400x300, made once per test file. */
export function scalpSources(): RgbImage[] {
  sources ??= [11, 12].map((seed) => noisyScalp(seed, 400, 300));
  return sources;
}

/** `n` panels of w x h (pairs from alternating sources), deterministic for a seed. */
export async function panels(n: number, w: number, h: number, seed = 1): Promise<RgbImage[]> {
  const rng = createRng(seed);
  const src = scalpSources();
  const out: RgbImage[] = [];
  for (let i = 0; i < n; i++)
    out.push(await cutPanel(src[(i >> 1) % 2] as RgbImage, rng, w, h, i % 2 ? 1.15 : 1));
  return out;
}

/** The composite of `spec`, decoded back to pixels (as the engine would read it), and its truth. */
export async function decodedComposite(spec: CompositeSpec) {
  const { file, truth } = await makeComposite(spec);
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    file,
    truth,
    img: { width: info.width, height: info.height, data: new Uint8Array(data) } as RgbImage,
  };
}
