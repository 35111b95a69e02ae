/**
 * Renders the bundled sample composite, assets/samples/composite.jpg: the sample pair (before.jpg,
 * after.jpg, themselves rendered by scripts/make-sample.ts, no real person, CC0) shrunk to 800x600 and
 * laid side by side on white as a clinic's gallery would, with "Before" and "6 months" captions under
 * them and the clinic's name in a band at the top. composite.json records the origin and the truth (each
 * panel's rectangle). Run: node --import tsx scripts/make-composite.ts (deterministic for given inputs).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { RgbImage } from '../shared/analysis/image.js';
import { makeComposite } from '../test/tools/makeComposite.js';

const DIR = fileURLToPath(new URL('../assets/samples/', import.meta.url));

async function panel(name: string): Promise<RgbImage> {
  const { data, info } = await sharp(`${DIR}${name}`)
    .resize(800, 600)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

const { file, truth } = await makeComposite({
  layout: { rows: 1, cols: 2 },
  panels: [await panel('before.jpg'), await panel('after.jpg')],
  gapPx: 24,
  borderPx: 24,
  background: [255, 255, 255],
  captions: { texts: ['Before', '6 months'], where: 'below', sizePx: 30, colour: [30, 30, 30] },
  logo: { where: 'top', text: 'Sample Hair Clinic', heightPx: 44 },
  quality: 90,
});
await writeFile(`${DIR}composite.jpg`, file);
await writeFile(
  `${DIR}composite.json`,
  `${JSON.stringify(
    {
      origin:
        'Made by scripts/make-composite.ts from before.jpg and after.jpg (rendered by scripts/make-sample.ts; no real person; CC0 1.0), each shrunk to 800x600, side by side on white with captions and a logo band, JPEG quality 90.',
      layout: truth.layout,
      width: truth.width,
      height: truth.height,
      panels: truth.rects,
      pairs: [{ before: 0, after: 1 }],
    },
    null,
    2,
  )}\n`,
);
console.log(`composite.jpg ${truth.width}x${truth.height}, panels ${JSON.stringify(truth.rects)}`);
