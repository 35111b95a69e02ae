/**
 * The viridis colormap, computed: perceptually uniform, readable by the common forms of colour
 * blindness, and monotone in lightness, so "brighter = bigger difference" holds in grayscale print too.
 */

// Degree-6 polynomial fit of matplotlib's viridis (Matt Zucker, shadertoy WlfXRN); within about 1/255
// of the table at every entry, which is below what an 8-bit image can show.
const C: readonly (readonly [number, number, number])[] = [
  [0.2777273272234177, 0.005407344544966578, 0.3340998053353061],
  [0.1050930431085774, 1.404613529898575, 1.384590162594685],
  [-0.3308618287255563, 0.214847559468213, 0.09509516302823659],
  [-4.634230498983486, -5.799100973351585, -19.33244095627987],
  [6.228269936347081, 14.17993336680509, 56.69055260068105],
  [4.776384997670288, -13.74514537774601, -65.35303263337234],
  [-5.435455855934631, 4.645852612178535, 26.3124352495832],
];

/** 256 x 3 bytes: entry i is the sRGB colour of viridis at t = i / 255. */
export function viridis(): Uint8Array {
  const lut = new Uint8Array(768);
  for (let i = 0; i < 256; i++) {
    const t = i / 255;
    for (let c = 0; c < 3; c++) {
      let v = 0;
      // Horner, highest degree first.
      for (let d = C.length - 1; d >= 0; d--) v = v * t + ((C[d] as readonly number[])[c] as number);
      lut[i * 3 + c] = Math.max(0, Math.min(255, Math.round(v * 255)));
    }
  }
  return lut;
}
