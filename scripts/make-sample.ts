/**
 * Renders the bundled sample pair into assets/samples/: before.jpg, after.jpg, truth.json and the
 * README that states their origin and truth. Run: node --import tsx scripts/make-sample.ts
 * The pixels come from test/tools/makeSamplePair.ts (pure, deterministic); this file only encodes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Exif } from 'sharp';
import { makeSamplePair } from '../test/tools/makeSamplePair.js';
import type { SamplePairTruth } from '../test/tools/makeSamplePair.js';
import type { RgbBuffer } from '../test/tools/warpHomography.js';

const OUT = fileURLToPath(new URL('../assets/samples/', import.meta.url));
const QUALITY = 90;
const TAKEN_BEFORE = '2026:01:10 09:30:00';
const TAKEN_AFTER = '2026:07:14 10:05:00';

/** EXIF a phone would write; no Software tag, since nothing edited these photos. */
const exifFor = (dateTimeOriginal: string): Exif => ({
  IFD0: { Make: 'Fairshot', Model: 'Sample renderer', DateTime: dateTimeOriginal },
  IFD2: { DateTimeOriginal: dateTimeOriginal, DateTimeDigitized: dateTimeOriginal },
});

async function encode(img: RgbBuffer, dateTimeOriginal: string): Promise<Buffer> {
  return sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), {
    raw: { width: img.width, height: img.height, channels: 3 },
  })
    .jpeg({ quality: QUALITY })
    .withExif(exifFor(dateTimeOriginal))
    .toBuffer();
}

function readme(t: SamplePairTruth): string {
  const row = (m: readonly number[], i: number): string =>
    m
      .slice(3 * i, 3 * i + 3)
      .map((v) => v.toFixed(9).padStart(16))
      .join(' ');
  const h = t.homographyAfterToBefore;
  const pct = (v: number): string => `${(100 * v).toFixed(1)} %`;
  const headWidthPx = Math.round(2 * t.hair.headRadiusXPx);
  const pxPerCm = Math.round(headWidthPx / 15);
  const mmGrown = Math.round((10 * (t.hair.lengthAfterPx - t.hair.lengthBeforePx)) / pxPerCm);
  return `# Sample pair

\`before.jpg\` and \`after.jpg\` are the demo pair the app opens with. They are **rendered**, not
photographed: \`scripts/make-sample.ts\` draws them with the procedural scalp renderer in \`test/tools/\`
(\`makeSamplePair.ts\`, \`renderScalp.ts\`). No real person is shown. Dedicated to the public domain
(CC0 1.0). Regenerate with \`node --import tsx scripts/make-sample.ts\` (deterministic).

The scene: a top-down crown, dark brown hair with diffuse thinning around a whorl, under a ceiling
light; shoulders in a blue shirt, a beige floor. The after photo is the same head re-rendered six months
later, with confounders a forum reader would spot. Everything below is also in \`truth.json\`.

## Known truth (after relative to before)

Pixel convention: ${t.pixelConvention}. Both photos are ${t.width} x ${t.height}.

| | |
|---|---|
| Camera | head turned ${t.rotationDeg} deg clockwise on screen, ${t.scale}x bigger (closer), shifted (${t.translatePx.join(', ')}) px, about the photo centre |
| Exposure | +${t.exposureEv} EV (linear light x ${(2 ** t.exposureEv).toFixed(4)}) |
| Colour | warmer: white-balance gains R, G, B = ${t.whiteBalance.join(', ')} (linear light) |
| Net gain | linear R, G, B after / before = ${t.linearGains.map((g) => g.toFixed(4)).join(', ')} where nothing clips |
| Hair length | ${t.hair.lengthBeforePx} -> ${t.hair.lengthAfterPx} px along the strand (+${pct(t.hair.lengthAfterPx / t.hair.lengthBeforePx - 1)}), before-photo pixels; drawn length ${t.hair.meanProjectedLengthBeforePx.toFixed(1)} -> ${t.hair.meanProjectedLengthAfterPx.toFixed(1)} px. With the head ${headWidthPx} px wide (~15 cm, so ~${pxPerCm} px/cm) that is ~${mmGrown} mm: a trim in between, not six months of unchecked growth |
| Hair count | unchanged: the same ${t.hair.strandCount} follicles, same positions |
| Scalp visible | share of head pixels with hair coverage under one half, in the rendered scene: whole head ${pct(t.hair.scalpVisibleShareBefore)} -> ${pct(t.hair.scalpVisibleShareAfter)}; crown ${pct(t.hair.crownScalpVisibleShareBefore)} -> ${pct(t.hair.crownScalpVisibleShareAfter)} (longer hair only, no regrowth) |
| Focus | after blurred with a Gaussian, sigma ${t.blurSigmaPx} px (after pixels, after the warp), on top of bilinear resampling |
| Noise | near-Gaussian (sum of three uniforms), sigma ${t.sensorNoise} levels, added last to both |
| Encoding | baseline JPEG, quality ${QUALITY} with the standard IJG tables, 4:2:0 chroma, sRGB, no ICC profile |
| EXIF | Make \`Fairshot\`, Model \`Sample renderer\`; DateTimeOriginal (and DateTime) \`${TAKEN_BEFORE}\` (before), \`${TAKEN_AFTER}\` (after); no Software tag |

So an honest audit should report: roll about ${t.rotationDeg} deg, scale about ${t.scale}, the after
brighter by about ${t.exposureEv} EV and warmer, softer focus, and longer hair; and no real change in
hair count.

Homography after -> before (maps an after pixel to the before pixel showing the same scalp point),
3x3 row-major, h33 = 1:

\`\`\`
${row(h, 0)}
${row(h, 1)}
${row(h, 2)}
\`\`\`
`;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const pair = makeSamplePair();
  const t1 = performance.now();
  await mkdir(OUT, { recursive: true });
  const before = await encode(pair.before, TAKEN_BEFORE);
  const after = await encode(pair.after, TAKEN_AFTER);
  await writeFile(`${OUT}before.jpg`, before);
  await writeFile(`${OUT}after.jpg`, after);
  await writeFile(`${OUT}truth.json`, `${JSON.stringify(pair.truth, null, 2)}\n`);
  await writeFile(`${OUT}README.md`, readme(pair.truth));
  console.log(
    `rendered in ${((t1 - t0) / 1000).toFixed(1)} s; before.jpg ${(before.length / 1024).toFixed(0)} KB, ` +
      `after.jpg ${(after.length / 1024).toFixed(0)} KB`,
  );
}

await main();
