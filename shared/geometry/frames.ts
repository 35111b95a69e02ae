/**
 * Points in named frames. A point in the after photo is not a point in the before photo: mixing them
 * fails to compile. Frames: 'before' / 'after' are full-resolution pixels as oriented for display;
 * 'beforeWork' / 'afterWork' are the downscaled working images the registration runs on;
 * 'afterMirrored' is the after's working image flipped left to right (registerEitherWay.ts).
 */
declare const frameBrand: unique symbol;

export type Frame = 'before' | 'after' | 'beforeWork' | 'afterWork' | 'afterMirrored';

export interface Point<F extends Frame> {
  readonly x: number;
  readonly y: number;
  readonly [frameBrand]: F;
}

/** Tags plain coordinates with their frame. The only way to make a Point. */
export function pt<F extends Frame>(x: number, y: number): Point<F> {
  return { x, y } as Point<F>;
}

declare const unitBrand: unique symbol;
/** Degrees. Not radians. */
export type Degrees = number & { readonly [unitBrand]: 'deg' };
/** Exposure value, in stops (log2 of a linear ratio). Not a ratio. */
export type Ev = number & { readonly [unitBrand]: 'ev' };

export const deg = (v: number): Degrees => v as Degrees;
export const ev = (v: number): Ev => v as Ev;
