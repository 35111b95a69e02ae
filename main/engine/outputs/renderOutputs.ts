/**
 * The rendered outputs of an audit, in memory: aligned images, side by side, difference map, flicker
 * animations, the report as JSON and HTML, and (on request) the display renders the app shows. Nothing
 * here touches the disk: writeOutputs writes these files, the app's worker hands them to the UI.
 * Every image is encoded from raw pixels, so none carries the originals' metadata.
 */
import sharp from '../sharp.js';
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
import { errorLevelPng } from './errorLevelPng.js';
import { heatmapPng } from './heatmapPng.js';
import type { ErrorLevelMap } from '../provenance/measureProvenance.js';
import { rawSharp } from './rawSharp.js';
import { reportHtml } from './reportHtml.js';
import { resizeImage } from './resizeImage.js';
import { sideBySide } from './sideBySide.js';
import { warpToBefore } from './warpToBefore.js';

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
  /** Each photo's error-level map (provenance), rendered as error-level-*.png; absent or null: none. */
  errorLevel?: { before: ErrorLevelMap | null; after: ErrorLevelMap | null } | null;
}

export interface RenderOutputsOptions {
  /** Long side of the photos the outputs are made from, px; never warp at full size. @default 2048 */
  maxSide?: number;
  /** Render flicker.gif. @default true */
  gif?: boolean;
  /** Render flicker.webp. @default true */
  webp?: boolean;
  /** Long side of the flicker frames, px. @default 1024 */
  flickerMaxSide?: number;
  /** Long side of the images embedded in report.html, px. @default 800 */
  embedMaxSide?: number;
  /** Quality of the JPEG outputs. @default 90 */
  jpegQuality?: number;
  /** Blur, range and dimming of the difference map. @default {} (see DifferenceMapOptions) */
  difference?: DifferenceMapOptions;
  /**
   * Also render the app's display images (DISPLAY_NAMES): both photos as shot and the difference map
   * without its legend, so that it lies exactly over the before photo (the error-level maps, when
   * given, are display images and exports alike). @default false
   */
  display?: boolean;
  /**
   * With `display`, called once with the display images (the photos, aligned ones and the difference
   * map, by name) as soon as they are encoded, before the exports are rendered: the app shows the pair
   * while the rest is made. They are in the returned map too. @default null
   */
  onDisplay?: ((images: Map<OutputName | DisplayName, Uint8Array>) => void) | null;
}

/** Every file name writeOutputs can write; which of them it does depends on the audit and the options. */
export const OUTPUT_NAMES = [
  'aligned.jpg',
  'aligned-normalized.jpg',
  'side-by-side.jpg',
  'difference.png',
  'error-level-before.png',
  'error-level-after.png',
  'flicker.gif',
  'flicker.webp',
  'report.json',
  'report.html',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** The extra renders of `display: true` (aligned.jpg and aligned-normalized.jpg serve the app as they are). */
export const DISPLAY_NAMES = ['before.jpg', 'after.jpg', 'difference-map.png'] as const;
export type DisplayName = (typeof DISPLAY_NAMES)[number];

/**
 * Renders the outputs and returns them by name, in the order a writer should write them: the reports
 * come last, so a report.html on disk means the images it describes were written before it. When
 * alignment failed nothing aligned is fabricated: no aligned*.jpg, no difference map, a side by side of
 * the photos as shot, and a flicker only when both have the same aspect.
 */
export async function renderOutputs(
  cv: Cv,
  inputs: OutputInputs,
  options: RenderOutputsOptions = {},
): Promise<Map<OutputName | DisplayName, Uint8Array | string>> {
  sharp.concurrency(2);
  const { report, correction } = inputs;
  const quality = options.jpegQuality ?? 90;
  const h = report.alignment.status === 'aligned' ? inputs.afterToBefore : null;
  if (report.alignment.status === 'aligned' && !h) {
    throw new Error("renderOutputs: report.alignment.status is 'aligned' but afterToBefore is null");
  }

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
  const files: [OutputName | DisplayName, Promise<Uint8Array | string>][] = [];
  // A promise that fails before its turn to be awaited must not count as unhandled (that crashes Node).
  const hold = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => undefined);
    return p;
  };
  // Until this is called, `files` holds display images only.
  const announceDisplay = async () => {
    if (!options.display || !options.onDisplay) return;
    const shown = new Map<OutputName | DisplayName, Uint8Array>();
    for (const [name, data] of files) shown.set(name, (await data) as Uint8Array);
    options.onDisplay(shown);
  };
  if (options.display) {
    files.push(['before.jpg', hold(jpeg(before, quality))]);
    files.push(['after.jpg', hold(jpeg(after, quality))]);
  }
  // The error-level maps are the photos' own (as shot), so they exist whether or not alignment worked;
  // pushed before the display is announced, so the app gets them with the photos.
  const ela = inputs.errorLevel;
  if (ela?.before) files.push(['error-level-before.png', hold(errorLevelPng(ela.before, maxSide))]);
  if (ela?.after) files.push(['error-level-after.png', hold(errorLevelPng(ela.after, maxSide))]);
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
    const map = differenceMap(cv, before, normalized, warped, options.difference);
    if (options.display) {
      files.push(['difference-map.png', hold(rawSharp(map.image).png({ compressionLevel: 3 }).toBuffer())]);
    }
    await announceDisplay();
    files.push([
      'side-by-side.jpg',
      hold(sideBySide(before, normalized, ['BEFORE', 'AFTER (ALIGNED)'], { quality })),
    ]);
    heatmap = hold(heatmapPng(map));
    files.push(['difference.png', heatmap]);
    frames = [before, normalized];
  } else {
    await announceDisplay();
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

  const out = new Map<OutputName | DisplayName, Uint8Array | string>();
  for (const [name, data] of files) out.set(name, await data);
  let animationUri: string | null = null;
  if (animation) {
    const { gif, webp } = await animation;
    if (gif) out.set('flicker.gif', gif);
    if (webp && wantWebp) out.set('flicker.webp', webp);
    animationUri = webp
      ? `data:image/webp;base64,${webp.toString('base64')}`
      : `data:image/gif;base64,${(gif as Buffer).toString('base64')}`;
  }
  const [eBefore, eAfter, eAligned, eNormalized, eHeatmap] = await embeds;
  out.set('report.json', JSON.stringify(report, null, 2));
  out.set(
    'report.html',
    reportHtml(report, {
      before: eBefore,
      after: eAfter,
      aligned: eAligned,
      alignedNormalized: eNormalized,
      flicker: animationUri,
      heatmap: eHeatmap,
    }),
  );
  return out;
}

function jpeg(img: RgbImage, quality: number): Promise<Buffer> {
  // 4:4:4 keeps colour edges (red skin, dark hair) as sharp as the luma; these images are evidence.
  return rawSharp(img).jpeg({ quality, chromaSubsampling: '4:4:4' }).toBuffer();
}
