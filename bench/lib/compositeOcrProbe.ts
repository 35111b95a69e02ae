/**
 * Should composites have their captions read? A probe, not part of `npm run bench`: tesseract.js is not
 * a dependency. It renders caption strips as test/tools/makeComposite.ts draws them (DejaVu Sans bold,
 * 18-36 px, the six gallery backgrounds, JPEG 60-95), reads each with tesseract.js and the English data
 * from npm (@tesseract.js-data/eng: langPath, corePath all local, fetch replaced by a thrower), and
 * prints how many were read as the right side (before/after), the worker's start-up time and the time a
 * strip. Run it with the network cut off to check that nothing is fetched:
 *
 *   mkdir /tmp/ocr && cd /tmp/ocr && npm init -y && npm install tesseract.js@7 @tesseract.js-data/eng
 *   cd /work/main && unshare -rn node --import tsx bench/lib/compositeOcrProbe.ts /tmp/ocr/node_modules 60
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { createRng } from '../../test/tools/createRng.js';

interface OcrWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(img: Buffer): Promise<{ data: { text: string } }>;
  terminate(): Promise<unknown>;
}

const BEFORE = ['Before', 'Baseline', 'Pre-op', 'Month 0', 'BEFORE'];
const AFTER = ['After', '12 months', 'Post-op', 'Month 6', 'AFTER 8 MONTHS'];
const BACKGROUNDS = [
  [255, 255, 255],
  [0, 0, 0],
  [236, 236, 236],
  [40, 40, 40],
  [28, 58, 108],
  [246, 240, 228],
] as const;

/** 'before', 'after' or 'none' from the words a gallery puts under its photos. */
function side(text: string): 'before' | 'after' | 'none' {
  const s = text.toLowerCase();
  if (/\bbefore\b|baseline|pre-?\s?op|month\s*0\b/.test(s)) return 'before';
  if (/\bafter\b|post-?\s?op|\b\d+\s*months?\b|month\s*[1-9]/.test(s)) return 'after';
  return 'none';
}

const [modules, count] = process.argv.slice(2);
if (!modules) throw new Error('usage: compositeOcrProbe.ts NODE_MODULES_WITH_TESSERACT [N]');
globalThis.fetch = () => {
  throw new Error('compositeOcrProbe: a fetch was attempted');
};
const req = createRequire(join(modules, 'x.js'));
const { createWorker } = req('tesseract.js') as {
  createWorker: (lang: string, oem: number, o: Record<string, unknown>) => Promise<OcrWorker>;
};
const eng = req('@tesseract.js-data/eng') as { langPath: string };
const t0 = performance.now();
const worker = await createWorker('eng', 1, {
  langPath: eng.langPath,
  gzip: true,
  cacheMethod: 'none',
  corePath: join(modules, 'tesseract.js-core'),
});
await worker.setParameters({ tessedit_pageseg_mode: '7' }); // one line of text
const startMs = performance.now() - t0;
const rng = createRng(5);
const n = Number(count ?? 60);
const times: number[] = [];
let right = 0;
let unread = 0;
for (let i = 0; i < n; i++) {
  const truth = i % 2 === 0 ? 'before' : 'after';
  const words = (truth === 'before' ? BEFORE : AFTER)[Math.floor(rng() * 5)] as string;
  const bg = BACKGROUNDS[Math.floor(rng() * BACKGROUNDS.length)] as readonly [number, number, number];
  const ink = bg[0] + bg[1] + bg[2] < 384 ? 'rgb(240,240,240)' : 'rgb(25,25,25)';
  const size = 18 + Math.floor(rng() * 19);
  const w = 320 + Math.floor(rng() * 320);
  const h = Math.round(size * 1.7);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><text x="${w / 2}" y="${h * 0.7}" font-size="${size}" font-family="DejaVu Sans, sans-serif" font-weight="bold" text-anchor="middle" fill="${ink}">${words}</text></svg>`;
  const strip = await sharp({
    create: { width: w, height: h, channels: 3, background: { r: bg[0], g: bg[1], b: bg[2] } },
  })
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 60 + Math.floor(rng() * 36) })
    .toBuffer();
  const s = performance.now();
  const read = side((await worker.recognize(strip)).data.text);
  times.push(performance.now() - s);
  if (read === truth) right++;
  else if (read === 'none') unread++;
}
await worker.terminate();
times.sort((a, b) => a - b);
console.log(
  `Caption strips read as the right side: ${right}/${n}; unread ${unread}; wrong side ${n - right - unread}. ` +
    `Worker start ${startMs.toFixed(0)} ms; a strip ${times[times.length >> 1]!.toFixed(0)} ms median, ${times.at(-1)!.toFixed(0)} ms max.`,
);
