/**
 * How much of the hair's flow turned between two aligned photos: the share of tiles, where both photos
 * show a coherent flow, whose dominant strand direction turned by more than 20 degrees.
 *
 * The flow, not single strands: the per-pixel structure tensor (hairFields) follows each strand, and
 * where strands are sparse its angle moves when strands are added or removed, so a pixel-level angle
 * read 13-19 deg on renders with only 10-25% more or fewer strands (bench/hairDensity.ts, tune and
 * holdout) against 8-14 deg on clean re-shoots. Summed over a tile of about 32 px, the orientations of
 * the strands there average into the direction they are combed in, which more or fewer strands do not
 * move. And a share of the area rather than a mean angle: a new parting or a re-comb round the whorl
 * turns the flow by 50-90 deg only near the part or the whorl, so its mean over the whole head read
 * just 20-26 deg, while a turned patch stands out as a share.
 */
import type { HairFields } from './hairFields.js';

export interface FlowTurnOptions {
  /** Pixel scale: working pixels per pixel of a 640 px photo. @default 1 */
  scale?: number;
}

/**
 * Tile side, px at 640 px (16 cells of the half-size tensor grid). bench/hair.ts and hairDensity.ts,
 * --split tune and holdout (scratch sweep of 16-64 px): 32 px kept clean re-shoots and density-only
 * pairs at most 1.9% turned and re-combs at least 12.7%; 24 px let single tiles of sparse hair flip
 * (up to 3.2% on density pairs), 48 px missed more of a narrow parting (re-combs from 9.3%).
 */
const TILE_PX = 32;
/**
 * Coherence of a tile's summed tensor (resultant of the cells' doubled angles, each weighted by its
 * coherence, over their number) below which the tile shows no flow to compare. Same sweep: 0.25-0.4
 * moved the clean maximum between 0.6% and 2.4% and the re-comb minimum between 12.7% and 13.8%.
 */
const MIN_TILE_COHERENCE = 0.3;
/** A tile counts as turned past this angle, degrees; 15 deg let clean photos read up to 3.5% (same sweep). */
const TURN_DEG = 20;

/** Share (0..1) of the flow tiles whose direction turned by more than 20 degrees. */
export function flowTurn(
  b: HairFields,
  a: HairFields,
  region: Uint8Array,
  options: FlowTurnOptions = {},
): number {
  const { width: W, height: H, tensorWidth: tw } = b;
  const th = Math.ceil(H / 2);
  const T = Math.max(2, Math.round((TILE_PX / 2) * (options.scale ?? 1)));
  const nx = Math.ceil(tw / T);
  const n = nx * Math.ceil(th / T);
  // Per tile: the summed doubled-angle vectors of each photo and the number of cells in the region.
  const s = new Float64Array(5 * n);
  for (let y = 0; y < th; y++) {
    const row = Math.min(H - 1, 2 * y) * W;
    const ky = ((y / T) | 0) * nx;
    for (let x = 0; x < tw; x++) {
      if (!region[row + Math.min(W - 1, 2 * x)]) continue;
      const i = y * tw + x;
      const k = 5 * (ky + ((x / T) | 0));
      const cb = b.coherence[i] as number;
      const ca = a.coherence[i] as number;
      const tb = 2 * (b.theta[i] as number);
      const ta = 2 * (a.theta[i] as number);
      s[k]! += cb * Math.cos(tb);
      s[k + 1]! += cb * Math.sin(tb);
      s[k + 2]! += ca * Math.cos(ta);
      s[k + 3]! += ca * Math.sin(ta);
      s[k + 4]! += 1;
    }
  }
  const turnCos = Math.cos((2 * TURN_DEG * Math.PI) / 180);
  let tiles = 0;
  let turned = 0;
  for (let k = 0; k < 5 * n; k += 5) {
    const c = s[k + 4] as number;
    // Tiles mostly outside the hair region or the overlap read a few cells only.
    if (c < 0.5 * T * T) continue;
    const bx = s[k] as number;
    const by = s[k + 1] as number;
    const ax = s[k + 2] as number;
    const ay = s[k + 3] as number;
    const rb = Math.hypot(bx, by);
    const ra = Math.hypot(ax, ay);
    if (rb < MIN_TILE_COHERENCE * c || ra < MIN_TILE_COHERENCE * c) continue;
    tiles++;
    // cos of the doubled angle between the two resultants below that of 2 x 20 deg: turned further.
    if ((bx * ax + by * ay) / (rb * ra) < turnCos) turned++;
  }
  return tiles > 0 ? turned / tiles : 0;
}
