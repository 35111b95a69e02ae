/**
 * The rendered outputs of an audit: aligned images, side by side, difference map, flicker animations
 * and the report as JSON and HTML. Originals are never touched: the caller hands in decoded pixels, and
 * every file here is new, written atomically and free of metadata.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Cv } from '../../../shared/analysis/cv.js';
import type { ExposureCorrection } from '../../../shared/analysis/exposure/correction.js';
import type { RgbImage } from '../../../shared/analysis/image.js';
import type { AuditReport } from '../../../shared/contract/report.js';
import type { Homography } from '../../../shared/geometry/homography.js';
import type { DifferenceMapOptions } from './differenceMap.js';
import { differenceMap } from './differenceMap.js';
import { displayHomography } from './displayHomography.js';
import { embedImage } from './embedImage.js';
import { fitImage } from './fitImage.js';
import { flattenWarp } from './flattenWarp.js';
import { flicker } from './flicker.js';
import { heatmapPng } from './heatmapPng.js';
import { rawSharp } from './rawSharp.js';
import { reportHtml } from './reportHtml.js';
import { resizeImage } from './resizeImage.js';
import { sideBySide } from './sideBySide.js';
import { warpToBefore } from './warpToBefore.js';
import { writeFileAtomic } from '../atomicWrite.js';

export interface OutputInputs {
  /** The finished report. */
  report: AuditReport;
  /** The before photo at display size (decoded capped, long side <= maxSide; larger is downscaled here). */
  before: RgbImage;
  /** The after photo at display size. */
  after: RgbImage;
  /** Full-resolution after px -> before px, as report.alignment.matrix; null when alignment failed. */
  afterToBefore: Homography<'after', 'before'> | null;
  /** The exposure correction, for the normalized variant. */
  correction: ExposureCorrection;
}

export interface WriteOutputsOptions {
  /** Long side of the photos the outputs are made from, px; never warp at full size. @default 2048 */
  maxSide?: number;
  /** Write flicker.gif. @default true */
  gif?: boolean;
  /** Write flicker.webp. @default true */
  webp?: boolean;
  /** Long side of the flicker frames, px. @default 1024 */
  flickerMaxSide?: number;
  /** Long side of the images embedded in report.html, px. @default 800 */
  embedMaxSide?: number;
  /** Quality of the JPEG outputs. @default 90 */
  jpegQuality?: number;
  /** Blur, range and dimming of the difference map. @default {} (see DifferenceMapOptions) */
  difference?: DifferenceMapOptions;
}

/** Every name writeOutputs can write; which of them it does depends on the audit and the options. */
export const OUTPUT_NAMES = [
  'aligned.jpg',
  'aligned-normalized.jpg',
  'side-by-side.jpg',
  'difference.png',
  'flicker.gif',
  'flicker.webp',
  'report.json',
  'report.html',
] as const;
type OutputName = (typeof OUTPUT_NAMES)[number];

/**
 * Renders the outputs into `dir` (created if missing) and returns the names written, in order. When
 * alignment failed nothing aligned is fabricated: no aligned*.jpg, no difference.png, a side by side of
 * the photos as shot, and a flicker only when both have the same aspect. The reports come last, so a
 * report.html on disk means the images it describes were written before it.
 */
export async function writeOutputs(
  cv: Cv,
  dir: string,
  inputs: OutputInputs,
  options: WriteOutputsOptions = {},
): Promise<string[]> {
  sharp.concurrency(2);
  const { report, correction } = inputs;
  const quality = options.jpegQuality ?? 90;
  const h = report.alignment.status === 'aligned' ? inputs.afterToBefore : null;
  if (report.alignment.status === 'aligned' && !h) {
    throw new Error("writeOutputs: report.alignment.status is 'aligned' but afterToBefore is null");
  }
  // A user may point the output folder at the photos' folder; a photo named like an output must survive.
  const originals = new Set([resolve(report.before.path), resolve(report.after.path)]);
  const clash = OUTPUT_NAMES.map((n) => resolve(dir, n)).find((p) => originals.has(p));
  if (clash) throw new Error(`writeOutputs: refusing to write ${clash}: it is one of the audited photos`);
  await mkdir(dir, { recursive: true });

  const written: string[] = [];
  const write = async (name: OutputName, data: Uint8Array | string) => {
    await writeFileAtomic(join(dir, name), data);
    written.push(name);
  };

  const maxSide = options.maxSide ?? 2048;
  const before = await fitImage(inputs.before, maxSide);
  const after = await fitImage(inputs.after, maxSide);
  const embed = { maxSide: options.embedMaxSide ?? 800 };

  // Encodes run on sharp's thread pool; they are all started before anything is awaited so that they
  // overlap each other and the OpenCV work on this thread (awaiting them one by one cost ~2.6 s idle).
  let frames: [RgbImage, RgbImage] | null;
  let aligned: RgbImage | null = null;
  let normalized: RgbImage | null = null;
  let heatmap: Promise<Buffer> | null = null;
  const files: [OutputName, Promise<Uint8Array | string>][] = [];
  // A promise that fails before its turn to be awaited must not count as unhandled (that crashes Node).
  const hold = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => undefined);
    return p;
  };
  if (h) {
    const warped = warpToBefore(
      cv,
      after,
      displayHomography(h, report.before, before, report.after, after),
      before.width,
      before.height,
    );
    aligned = flattenWarp(warped, null);
    normalized = flattenWarp(warped, correction);
    files.push(['aligned.jpg', hold(jpeg(aligned, quality))]);
    files.push(['aligned-normalized.jpg', hold(jpeg(normalized, quality))]);
    files.push([
      'side-by-side.jpg',
      sideBySide(before, normalized, ['BEFORE', 'AFTER (ALIGNED)'], { quality }),
    ]);
    heatmap = hold(heatmapPng(differenceMap(cv, before, normalized, warped, options.difference)));
    files.push(['difference.png', heatmap]);
    frames = [before, normalized];
  } else {
    files.push([
      'side-by-side.jpg',
      hold(sideBySide(before, after, ['BEFORE (AS SHOT)', 'AFTER (AS SHOT)'], { quality })),
    ]);
    // Unaligned photos of different shapes would jump around rather than flicker: better none at all.
    const sameAspect =
      Math.abs(before.width / before.height - after.width / after.height) <
      0.01 * (before.width / before.height);
    frames = sameAspect ? [before, await resizeImage(after, before.width, before.height)] : null;
  }

  const wantGif = options.gif ?? true;
  const wantWebp = options.webp ?? true;
  const animation = frames
    ? hold(
        flicker(
          [
            { image: frames[0], label: h ? 'BEFORE' : 'BEFORE (AS SHOT)' },
            { image: frames[1], label: h ? 'AFTER (ALIGNED)' : 'AFTER (AS SHOT)' },
          ],
          // The page shows the animation even when neither file was asked for; WebP is the smaller one.
          { gif: wantGif, webp: wantWebp || !wantGif },
          { maxSide: options.flickerMaxSide ?? 1024 },
        ),
      )
    : null;
  const embeds = hold(
    Promise.all([
      embedImage(before, embed),
      embedImage(after, embed),
      aligned && embedImage(aligned, embed),
      normalized && embedImage(normalized, embed),
      heatmap && heatmap.then((png) => embedImage(png, embed)),
    ]),
  );

  for (const [name, data] of files) await write(name, await data);
  let animationUri: string | null = null;
  if (animation) {
    const { gif, webp } = await animation;
    if (gif) await write('flicker.gif', gif);
    if (webp && wantWebp) await write('flicker.webp', webp);
    animationUri = webp
      ? `data:image/webp;base64,${webp.toString('base64')}`
      : `data:image/gif;base64,${(gif as Buffer).toString('base64')}`;
  }
  const [eBefore, eAfter, eAligned, eNormalized, eHeatmap] = await embeds;
  const html = reportHtml(report, {
    before: eBefore,
    after: eAfter,
    aligned: eAligned,
    alignedNormalized: eNormalized,
    flicker: animationUri,
    heatmap: eHeatmap,
  });
  await write('report.json', JSON.stringify(report, null, 2));
  await write('report.html', html);
  return written;
}

function jpeg(img: RgbImage, quality: number): Promise<Buffer> {
  // 4:4:4 keeps colour edges (red skin, dark hair) as sharp as the luma; these images are evidence.
  return rawSharp(img).jpeg({ quality, chromaSubsampling: '4:4:4' }).toBuffer();
}
