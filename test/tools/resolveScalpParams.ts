/**
 * Parameters of the procedural scalp renderer. Positions on the head are in head units: (0, 0) is the
 * top of the dome, (±1, 0) and (0, ±1) are the edges of its outline, +v points down the image (towards
 * the forehead in the default top-down pose). Positions in the image are fractions of its size.
 */

/** sRGB colour, 0..255 per channel. */
export type Rgb = readonly [number, number, number];

/** A point in head units (see the file comment). */
export type HeadPoint = readonly [number, number];

/** A patch of lower hair density, like a thinning crown or a receding temple. */
export interface ThinningRegion {
  /** Centre in head units. */
  readonly center: HeadPoint;
  /** Radius in head units; density recovers smoothly over the outer half. */
  readonly radius: number;
  /** Share of follicles lost at the centre, 0 (none) to 1 (bald). Survivors there are finer and shorter. */
  readonly amount: number;
}

/** How strands lie before curl and parting bend them. */
export type OrientationField =
  /** Radial from a whorl, turning into a spiral near it, as on the crown. */
  | { readonly kind: 'whorl'; readonly center: HeadPoint; readonly twistDeg: number }
  /** Combed in one image direction (0 deg = towards +x, 90 deg = down the image). */
  | { readonly kind: 'combed'; readonly angleDeg: number };

/** A straight parting: no follicle inside the gap and no strand crosses it. */
export interface Parting {
  /** A point on the part line, head units. */
  readonly through: HeadPoint;
  /** Direction of the line in the image (0 deg = along +x, 90 deg = down the image). */
  readonly angleDeg: number;
  /** Width of the bare strip, in pixels. */
  readonly gapPx: number;
}

export interface ScalpParams {
  /** Image width in pixels. @default 512 */
  readonly width?: number;
  /** Image height in pixels. @default 512 */
  readonly height?: number;
  /** Seed of every random choice: the same params give the same bytes. @default 1 */
  readonly seed?: number;
  /** Head outline centre, fractions of the image size. @default [0.5, 0.5] */
  readonly headCenter?: readonly [number, number];
  /** Head outline half-width, fraction of the image width. @default 0.36 */
  readonly headRadiusX?: number;
  /** Head outline half-height, fraction of the image height. @default 0.42 */
  readonly headRadiusY?: number;
  /** Skin colour under a white light at normal incidence. @default [222, 176, 156] */
  readonly skinRgb?: Rgb;
  /** Hair colour. @default [58, 44, 36] */
  readonly hairRgb?: Rgb;
  /** Wall or floor colour outside the head; null draws the skin colour everywhere. @default [196, 188, 176] */
  readonly backgroundRgb?: Rgb | null;
  /** Shirt colour of the shoulders around the head; null draws no shoulders. @default null */
  readonly shirtRgb?: Rgb | null;
  /**
   * Follicles per 1000 px² of scalp surface at full density. Sides of the dome are seen at a slant, so
   * they look denser per image pixel than the top, as on a real head. @default 30
   */
  readonly density?: number;
  /** Patches of lower density. @default [{ center: [0, -0.12], radius: 0.45, amount: 0.6 }] */
  readonly thinning?: readonly ThinningRegion[];
  /** Mean strand length along the hair, in pixels; each strand varies by about ±25 %. @default 60 */
  readonly strandLengthPx?: number;
  /** Strand width at the root, in pixels; tips taper to 40 % of it. @default 1.1 */
  readonly strandWidthPx?: number;
  /** Waviness, 0 (straight) to 1 (tight waves). @default 0.2 */
  readonly curl?: number;
  /** Dominant orientation. @default { kind: 'whorl', center: [0.05, -0.15], twistDeg: 55 } */
  readonly orientation?: OrientationField;
  /**
   * Slow random bending of the flow, radians: real hair lies in locks rather than in a perfect
   * pattern. @default 0.45
   */
  readonly flowNoise?: number;
  /** A parting; null for none. @default null */
  readonly parting?: Parting | null;
  /**
   * 0 (dry) to 1 (soaked): strands clump into bundles that bare more scalp, turn darker and carry
   * sharp highlights; the scalp itself turns glossy. @default 0
   */
  readonly wetness?: number;
  /**
   * Where the light comes from in the image plane (0 deg = from the top edge, 90 deg = from the right).
   * @default 200
   */
  readonly lightAzimuthDeg?: number;
  /** Light elevation above the image plane; 90 deg is straight along the camera axis. @default 60 */
  readonly lightElevationDeg?: number;
  /** Share of light that comes from everywhere (walls, sky) rather than the key light. @default 0.3 */
  readonly ambient?: number;
  /** Scalp gloss: strength of the skin specular highlight when dry. @default 0.25 */
  readonly skinGloss?: number;
  /** Exposure change in stops applied to linear light. @default 0 */
  readonly exposureEv?: number;
  /** Linear-light gains per channel (white balance), applied with the exposure. @default [1, 1, 1] */
  readonly whiteBalance?: readonly [number, number, number];
  /** Skin texture (pores, blotches, grain), 0 (smooth) to 1 (rough). @default 0.5 */
  readonly skinTexture?: number;
  /** Standard deviation of Gaussian sensor noise, in 8-bit sRGB levels. @default 0 */
  readonly sensorNoise?: number;
}

/** Every parameter filled in. */
export type ResolvedScalpParams = { readonly [K in keyof ScalpParams]-?: Exclude<ScalpParams[K], undefined> };

/** Fills in the documented defaults and rejects values that would render nonsense. */
export function resolveScalpParams(p: ScalpParams): ResolvedScalpParams {
  const r: ResolvedScalpParams = {
    width: p.width ?? 512,
    height: p.height ?? 512,
    seed: p.seed ?? 1,
    headCenter: p.headCenter ?? [0.5, 0.5],
    headRadiusX: p.headRadiusX ?? 0.36,
    headRadiusY: p.headRadiusY ?? 0.42,
    skinRgb: p.skinRgb ?? [222, 176, 156],
    hairRgb: p.hairRgb ?? [58, 44, 36],
    backgroundRgb: p.backgroundRgb === undefined ? [196, 188, 176] : p.backgroundRgb,
    shirtRgb: p.shirtRgb ?? null,
    density: p.density ?? 30,
    thinning: p.thinning ?? [{ center: [0, -0.12], radius: 0.45, amount: 0.6 }],
    strandLengthPx: p.strandLengthPx ?? 60,
    strandWidthPx: p.strandWidthPx ?? 1.1,
    curl: p.curl ?? 0.2,
    orientation: p.orientation ?? { kind: 'whorl', center: [0.05, -0.15], twistDeg: 55 },
    flowNoise: p.flowNoise ?? 0.45,
    parting: p.parting ?? null,
    wetness: p.wetness ?? 0,
    lightAzimuthDeg: p.lightAzimuthDeg ?? 200,
    lightElevationDeg: p.lightElevationDeg ?? 60,
    ambient: p.ambient ?? 0.3,
    skinGloss: p.skinGloss ?? 0.25,
    exposureEv: p.exposureEv ?? 0,
    whiteBalance: p.whiteBalance ?? [1, 1, 1],
    skinTexture: p.skinTexture ?? 0.5,
    sensorNoise: p.sensorNoise ?? 0,
  };
  const check = (ok: boolean, what: string, got: unknown): void => {
    if (!ok) throw new Error(`renderScalp: expected ${what}, got ${JSON.stringify(got)}`);
  };
  check(Number.isInteger(r.width) && r.width > 0 && r.width <= 8192, 'width an integer in 1..8192', r.width);
  check(
    Number.isInteger(r.height) && r.height > 0 && r.height <= 8192,
    'height an integer in 1..8192',
    r.height,
  );
  check(r.density >= 0 && r.density <= 400, 'density in 0..400 per 1000 px²', r.density);
  check(r.strandLengthPx >= 0 && r.strandLengthPx <= 2000, 'strandLengthPx in 0..2000', r.strandLengthPx);
  check(r.strandWidthPx > 0 && r.strandWidthPx <= 20, 'strandWidthPx in (0, 20]', r.strandWidthPx);
  check(r.wetness >= 0 && r.wetness <= 1, 'wetness in 0..1', r.wetness);
  check(r.curl >= 0 && r.curl <= 1, 'curl in 0..1', r.curl);
  check(r.headRadiusX > 0 && r.headRadiusY > 0, 'positive head radii', [r.headRadiusX, r.headRadiusY]);
  return r;
}
