/**
 * Provenance of one photo: what its JPEG tables, its DCT statistics, its error levels, its self-
 * similarity and its embedded thumbnail say about its history. Also measures one panel cut from a
 * composite: then the file-level parts (quantization tables, thumbnail) are the composite's, and the
 * pixel-level parts (double compression, error level, copy-move) are measured on the panel's region,
 * with the composite's 8x8 grid carried into the panel's coordinates.
 */
import { createHash } from 'node:crypto';
import sharp from '../sharp.js';
import type { Sharp } from 'sharp';
import type { RgbImage } from '../../../shared/analysis/image.js';
import { cropRgb } from '../../../shared/analysis/composite/cropRgb.js';
import { blockDct } from '../../../shared/analysis/provenance/blockDct.js';
import { blockTexture } from '../../../shared/analysis/provenance/blockTexture.js';
import { LOW_FREQUENCIES } from '../../../shared/analysis/provenance/coefficientHistograms.js';
import { copyMove } from '../../../shared/analysis/provenance/copyMove.js';
import { doubleQuantization } from '../../../shared/analysis/provenance/doubleQuantization.js';
import { errorLevelBlocks, type BlockMap } from '../../../shared/analysis/provenance/errorLevelBlocks.js';
import { errorLevelScore } from '../../../shared/analysis/provenance/errorLevelScore.js';
import { estimateSteps } from '../../../shared/analysis/provenance/estimateSteps.js';
import { fileGridPhase, phaseInRegion } from '../../../shared/analysis/provenance/fileGridPhase.js';
import { ijgLumaStep } from '../../../shared/analysis/provenance/ijgTable.js';
import { jpegGrid } from '../../../shared/analysis/provenance/jpegGrid.js';
import { lumaPlane } from '../../../shared/analysis/provenance/lumaPlane.js';
import type { Provenance } from '../../../shared/contract/provenance.js';
import { rawSharp } from '../outputs/rawSharp.js';
import { compareThumbnail } from './compareThumbnail.js';
import { decodeForProvenance } from './decodeForProvenance.js';
import { readQuantTables } from './readQuantTables.js';
import { resaveJpeg } from './resaveJpeg.js';

export interface MeasureProvenanceInput {
  /** The file's bytes: the photo's own, or the composite's when a panel is measured. */
  bytes: Uint8Array;
  /**
   * The file as decodeForProvenance decodes it (no colour management, upright). Decoded from `bytes`
   * when absent; pass it to measure several panels of one composite with one decode.
   */
  pixels?: RgbImage | null;
  /** The panel [x, y, width, height] in the file's upright pixels; null or absent: the whole photo. */
  region?: readonly [number, number, number, number] | null;
  /** The EXIF orientation the decode applied: it moves the file's 8x8 grid. @default 1 */
  orientation?: number;
  /**
   * Measure the error level over the whole photo and return its map (for the heat map). When false,
   * and neither `pixels` nor `region` is given, only a central crop of at most CROP_SIDE square is
   * decoded: error level and double compression are measured there, and the map covers that crop.
   * Decoding and re-saving a 12 MP photo in full costs more than the rest of the audit's reading.
   * @default true
   */
  errorLevelMap?: boolean;
}

/** The error-level map behind `provenance.errorLevel`, for the heat map. */
export interface ErrorLevelMap extends BlockMap {
  /** Pixel (x, y) of block (0, 0)'s corner in the measured image (the panel's, for a panel). */
  readonly origin: [number, number];
  /** Size of the measured image. */
  readonly width: number;
  readonly height: number;
}

export interface MeasuredProvenance {
  provenance: Provenance;
  /** Null when the pixels could not be decoded here (HEIC) or the image is smaller than a few blocks. */
  errorLevel: ErrorLevelMap | null;
}

/**
 * JPEG quality of the error-level re-save: 90, the customary ELA setting (below most phone saves, so
 * most content changes a little). Not tuned: no other setting was tried.
 */
export const ERROR_LEVEL_QUALITY = 90;
/** Side of the central crop read for double compression: 4096 blocks, plenty for the histograms. */
const GRID_CROP = 512;
/** Side of the central crop decoded when no full error-level map is asked for (1 MP of a 12 MP photo). */
export const CROP_SIDE = 1024;
/**
 * Long side of the gray copy searched for clones (cost grows with its square). 480, not 320: at 320 a
 * cloned brush of 1/8 of the side has too few corners to outvote look-alikes (the true shift was among
 * the 8 best candidates for 27-29 of 40 soft clones with 800-1500 corners; at 480, 39 of 40 with 1500;
 * bench cases, issue 5).
 */
const CLONE_SIDE = 480;

/**
 * Measures provenance. Parts that cannot be measured are null (no JPEG tables, no thumbnail, pixels that
 * sharp cannot decode). Regions are in the measured image's pixels (the panel's, for a panel).
 */
export async function measureProvenance(input: MeasureProvenanceInput): Promise<MeasuredProvenance> {
  const { bytes } = input;
  const tables = readQuantTables(bytes);
  const isJpeg = tables.size > 0;
  const thumbnail = compareThumbnail(bytes).catch(() => null);
  const quantTables = isJpeg ? digest(tables) : null;
  const cropOnly = input.errorLevelMap === false && !input.pixels && !input.region;
  const crop = cropOnly ? await centralCrop(bytes, input.orientation ?? 1).catch(() => null) : null;
  const file = input.pixels ?? (crop ? crop.pixels : await decodeForProvenance(bytes).catch(() => null));
  if (!file) {
    return {
      provenance: {
        quantTables,
        doubleCompression: null,
        errorLevel: null,
        copyMove: null,
        thumbnail: await thumbnail,
      },
      errorLevel: null,
    };
  }
  const region = input.region ?? null;
  const image = region ? cropRgb(file, region) : file;
  // A central crop was cut on the file's grid, so the grid starts at its corner.
  const phase = !isJpeg
    ? null
    : crop
      ? ([0, 0] as [number, number])
      : phaseInRegion(
          fileGridPhase(file.width, file.height, input.orientation ?? 1),
          region?.[0] ?? 0,
          region?.[1] ?? 0,
        );
  const [ox, oy] = phase ?? [0, 0];
  const elaImage = ox || oy ? cropRgb(image, [ox, oy, image.width - ox, image.height - oy]) : image;
  // The sharp steps start together and run in sharp's threads while the JS below works.
  const resaved =
    elaImage.width >= 32 && elaImage.height >= 32 ? resaveJpeg(elaImage, ERROR_LEVEL_QUALITY) : null;
  // Whole photos shrink on load (JPEG decodes at 1/8 scale): far cheaper than from the decoded pixels.
  const small = grayCopy(region ? rawSharp(image) : sharp(bytes, { autoOrient: true }), CLONE_SIDE);
  // Regions found in a central crop are reported in the photo's pixels; clones come from the whole photo.
  const [cx, cy] = crop ? crop.origin : [0, 0];

  const doubleCompression = measureDouble(image, phase, tables.get(0) ?? null);
  let errorLevel: ErrorLevelMap | null = null;
  let elaScore: Provenance['errorLevel'] = null;
  if (resaved) {
    const map = errorLevelBlocks(elaImage, await resaved);
    errorLevel = crop
      ? { ...map, origin: [cx, cy], width: crop.width, height: crop.height }
      : { ...map, origin: [ox, oy], width: image.width, height: image.height };
    // Scored against texture: on a photo saved once, hair has more error than skin (bench provenance).
    const s = errorLevelScore(map, blockTexture(elaImage));
    elaScore = {
      score: s.score,
      region: s.region
        ? [cx + ox + s.region[0] * 8, cy + oy + s.region[1] * 8, s.region[2] * 8, s.region[3] * 8]
        : null,
    };
  }
  const gray = await small;
  const clone = copyMove(gray);
  const k = (crop ? crop.width : image.width) / gray.width;
  return {
    provenance: {
      quantTables,
      doubleCompression,
      errorLevel: elaScore,
      copyMove: {
        score: clone.score,
        regions: clone.regions.map(
          ([x, y, w, h]) => [x * k, y * k, w * k, h * k].map(Math.round) as [number, number, number, number],
        ),
      },
      thumbnail: await thumbnail,
    },
    errorLevel,
  };
}

/** Double compression on a central crop on the file's grid (or, with no JPEG file, on the strongest grid). */
function measureDouble(
  image: RgbImage,
  phase: [number, number] | null,
  table: number[] | null,
): Provenance['doubleCompression'] {
  const w = Math.min(GRID_CROP, image.width - 8);
  const h = Math.min(GRID_CROP, image.height - 8);
  if (w < 64 || h < 64) return null;
  // The crop starts on a multiple of 8 so the phase found in it is the image's.
  const x = Math.floor((image.width - w) / 16) * 8;
  const y = Math.floor((image.height - h) / 16) * 8;
  const plane = lumaPlane(image, [x, y, w, h]);
  const other = jpegGrid(plane, phase);
  if (phase && table) {
    const dq = doubleQuantization(blockDct(plane, phase[0], phase[1], LOW_FREQUENCIES), table);
    return {
      score: dq.score,
      primaryQuality: dq.primaryQuality,
      gridOffset: other.offset,
      gridStrength: Math.max(...other.strength),
    };
  }
  // Not a JPEG: an 8x8 grid in the pixels says they were a JPEG before; its steps give that quality.
  const steps = estimateSteps(blockDct(plane, other.offset[0], other.offset[1], LOW_FREQUENCIES));
  return {
    score: 0,
    primaryQuality: steps.quality,
    gridOffset: other.offset,
    gridStrength: Math.min(...other.strength),
  };
}

/**
 * The central CROP_SIDE square of the upright photo, cut on the file's 8x8 grid, with where it lies and
 * the photo's upright size.
 */
async function centralCrop(bytes: Uint8Array, orientation: number) {
  const meta = await sharp(bytes).metadata();
  const sideways = orientation >= 5 && orientation <= 8;
  const width = sideways ? meta.height : meta.width;
  const height = sideways ? meta.width : meta.height;
  const [px, py] = fileGridPhase(width, height, orientation);
  const w = Math.min(CROP_SIDE, width - px);
  const h = Math.min(CROP_SIDE, height - py);
  const left = px + Math.floor((width - px - w) / 16) * 8;
  const top = py + Math.floor((height - py - h) / 16) * 8;
  const { data, info } = await sharp(bytes, { autoOrient: true })
    .keepIccProfile()
    .extract({ left, top, width: w, height: h })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
  return { pixels, origin: [left, top] as [number, number], width, height };
}

/** A gray copy with its long side at most `side`: of the file (upright), or of decoded pixels. */
async function grayCopy(source: Sharp, side: number) {
  const { data, info } = await source
    .resize(side, side, { fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}

/**
 * 'ijg-qN' when the luminance table is libjpeg's standard table scaled to quality N (what libjpeg, sharp,
 * GIMP and browsers write; one family at every quality); otherwise the tables' ids and values in order,
 * sha256 cut to 16 hex digits (64 bits names a table set well enough).
 */
function digest(tables: Map<number, number[]>): string {
  const luma = tables.get(0);
  for (let q = 1; luma && q <= 100; q++) {
    if (luma.every((v, i) => v === ijgLumaStep(q, i))) return `ijg-q${q}`;
  }
  const text = [...tables.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, t]) => `${id}:${t.join(',')}`)
    .join(';');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
