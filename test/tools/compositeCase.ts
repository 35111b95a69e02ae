/**
 * A random gallery composite with known truth, drawn from a seeded generator: layout (2x1, 1x2, 2x2),
 * panel sizes and aspect, gaps (0-40 px, a quarter of them gapless), border, background colour, frames,
 * captions, a logo band and the encoding all vary. Sources are rendered scalps or real photos.
 */
import type { RgbImage } from '../../shared/analysis/image.js';
import { cutPanel } from './compositePanels.js';
import type { Rng } from './createRng.js';
import { makeComposite, type CompositeSpec, type CompositeTruth } from './makeComposite.js';

type Rgb = readonly [number, number, number];

const CAPTIONS: readonly (readonly [string, string])[] = [
  ['Before', 'After'],
  ['Baseline', '12 months'],
  ['Pre-op', 'Post-op'],
  ['Month 0', 'Month 6'],
  ['BEFORE', 'AFTER 8 MONTHS'],
];
const BACKGROUNDS: readonly Rgb[] = [
  [255, 255, 255],
  [255, 255, 255],
  [0, 0, 0],
  [236, 236, 236],
  [40, 40, 40],
  [28, 58, 108],
  [246, 240, 228],
];
const ASPECTS = [4 / 3, 4 / 3, 3 / 4, 1, 3 / 2];
export const COMPOSITE_LAYOUTS = ['2x1', '1x2', '2x2'] as const;
export type CompositeLayoutName = (typeof COMPOSITE_LAYOUTS)[number];

export interface CompositeCase {
  readonly file: Buffer;
  readonly truth: CompositeTruth;
  readonly spec: Omit<CompositeSpec, 'panels'>;
  /** Words for a table row: layout, gap, background, extras. */
  readonly label: string;
}

export interface CompositeCaseOptions {
  /** Force a layout. @default drawn: 2x1 40 %, 1x2 30 %, 2x2 30 % */
  readonly layout?: CompositeLayoutName;
  /** Force the gap between panels, px. @default drawn: 0 a quarter of the time, else 2-40 */
  readonly gapPx?: number;
  /** Panel long side range, px. @default [300, 640] */
  readonly panelSide?: readonly [number, number];
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const dark = (c: Rgb) => c[0] + c[1] + c[2] < 384;

/** One case; each pair of panels is cut from one source drawn from `sources`. */
export async function makeCompositeCase(
  rng: Rng,
  sources: readonly RgbImage[],
  opts: CompositeCaseOptions = {},
): Promise<CompositeCase> {
  const u = rng();
  const layoutName = opts.layout ?? (u < 0.4 ? '2x1' : u < 0.7 ? '1x2' : '2x2');
  const layout =
    layoutName === '2x1'
      ? { rows: 1, cols: 2 }
      : layoutName === '1x2'
        ? { rows: 2, cols: 1 }
        : { rows: 2, cols: 2 };
  const [lo, hi] = opts.panelSide ?? [300, 640];
  const side = int(rng, lo, hi);
  const aspect = pick(rng, ASPECTS);
  const w = aspect >= 1 ? side : Math.round(side * aspect);
  const h = aspect >= 1 ? Math.round(side / aspect) : side;
  // A quarter of the galleries resize one photo of a case a little (different sources, different sizes).
  const shrinkAfter = rng() < 0.25 ? 0.8 + 0.2 * rng() : 1;
  const panels: RgbImage[] = [];
  const cases = layoutName === '2x2' ? 2 : 1;
  for (let k = 0; k < cases; k++) {
    const src = pick(rng, sources);
    panels.push(await cutPanel(src, rng, w, h, 0.9 + 0.2 * rng()));
    const aw = Math.round(w * shrinkAfter);
    const ah = Math.round(h * shrinkAfter);
    panels.push(await cutPanel(src, rng, aw, ah, 0.8 + 0.4 * rng()));
  }
  // Reading order of a 1x2 stack is before on top, after below: the same two panels.
  const background = pick(rng, BACKGROUNDS);
  const ink: Rgb = dark(background) ? [240, 240, 240] : [25, 25, 25];
  const gapPx = opts.gapPx ?? (rng() < 0.25 ? 0 : int(rng, 2, 40));
  const borderPx = rng() < 0.3 ? 0 : int(rng, 4, 40);
  const frame = rng() < 0.2 ? { px: int(rng, 2, 4), colour: ink } : null;
  const texts = pick(rng, CAPTIONS);
  const captions =
    rng() < 0.5
      ? {
          texts: panels.map((_, i) => texts[i % 2] as string),
          where: rng() < 0.5 ? ('above' as const) : ('below' as const),
          sizePx: int(rng, 18, 36),
          colour: ink,
        }
      : null;
  const logo =
    rng() < 0.25
      ? {
          where: rng() < 0.5 ? ('top' as const) : ('bottom' as const),
          text: 'Restore Hair Clinic',
          heightPx: int(rng, 30, 60),
        }
      : null;
  const quality = rng() < 0.1 ? null : int(rng, 60, 95);
  const spec = { layout, gapPx, borderPx, background, frame, captions, logo, quality };
  const { file, truth } = await makeComposite({ ...spec, panels });
  const extras = [
    frame && 'frame',
    captions && `captions ${captions.where}`,
    logo && `logo ${logo.where}`,
    quality === null ? 'png' : `q${quality}`,
  ]
    .filter(Boolean)
    .join(', ');
  const label = `${layoutName} ${w}x${h}${shrinkAfter < 1 ? ' (after smaller)' : ''}, gap ${gapPx}, border ${borderPx}, bg ${background.join('/')}, ${extras}`;
  return { file, truth, spec, label };
}
