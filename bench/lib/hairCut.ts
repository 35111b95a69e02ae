/**
 * A haircut edit of one real photo (hair.length calibration, issue 4): strands in the hair region are
 * cut at random points along their flow, and what a removed piece covered is filled with the smooth
 * background around it (skin between sparse strands, the hair mass's own tone in dense hair).
 *
 * The earlier edit cut a thin gap every 5-8 px and filled it with an average across the flow, which in
 * hair is mostly other strands: it changed 1-3% of the pixels by more than 8 codes, under the re-shoot's
 * own noise, so no person would have seen a haircut in it. Here each strand loses pieces `gapPx` long,
 * laid along the flow at random, so about `cutShare` of every strand's visible length is gone and more
 * scalp shows between the pieces that stay, as after a cut to about half. Measured on the 6 tuning photos
 * that get a length case, at a 13 px gap and a share of 0.5: 57-63% of the dark strand pixels are
 * touched (some only by a piece's soft edge). On the 9 'shorten' cases of bench/hair.ts --split tune
 * and holdout (gaps 10-16 px) 2-5% of all pixels move by more than 8 codes (the old edit: 1-3%).
 *
 * In dense hair the fill is the blurred hair mass, where a real cut would show the strands below: that
 * takes away strand texture a real cut would keep. The fill is blended by the hair area's weight, and
 * the pieces are a strand wide, so most of the mass keeps its texture.
 */
import type { Cv } from '../../shared/analysis/cv.js';
import { withMats } from '../../shared/analysis/cv.js';
import type { RgbImage } from '../../shared/analysis/image.js';
import { createRng } from '../../test/tools/createRng.js';

export interface HairCutOptions {
  /** Length of each removed piece along the flow, px at 640 px. */
  gapPx: number;
  /** Share of the strands' length removed (pieces fall at random, so some overlap). */
  cutShare: number;
  seed: number;
}

/**
 * `area` (0..1 per pixel), `theta` (strand direction per pixel, radians) and `fine` (strand-scale
 * band-pass) as hairAreaOf in hairEdits.ts gives them.
 */
export function hairCut(
  cv: Cv,
  img: RgbImage,
  hair: { area: Float32Array; theta: Float32Array; fine: Float32Array },
  o: HairCutOptions,
): RgbImage {
  const { width: W, height: H, data } = img;
  const s = Math.max(W, H) / 640;
  const { area, theta, fine } = hair;
  const n = W * H;
  // Strand pixels: strand-scale detail stronger than its mean in the hair area (dark or light strands).
  let sum = 0;
  let cnt = 0;
  for (let i = 0; i < n; i++)
    if ((area[i] as number) > 0) {
      sum += Math.abs(fine[i] as number);
      cnt++;
    }
  const t = cnt ? sum / cnt : Infinity;
  // Pieces start on strand pixels at random; with strands about 2 px wide at 640 px, a start chance of
  // -ln(1 - share) / (2 gap) per strand pixel removes `cutShare` of their length (Poisson pieces).
  const gap = o.gapPx * s;
  const p = -Math.log(1 - o.cutShare) / (2 * s * gap);
  const rng = createRng(o.seed, 7);
  const cut = new Float32Array(n);
  const r = 1.2 * s;
  const stamp = (cx: number, cy: number) => {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++)
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
        if (x < 0 || y < 0 || x >= W || y >= H) continue;
        const d = Math.hypot(x - cx, y - cy);
        const w = Math.min(1, Math.max(0, r + 0.5 - d));
        const k = y * W + x;
        if (w > (cut[k] as number)) cut[k] = w;
      }
  };
  for (let i = 0; i < n; i++) {
    if (!((area[i] as number) > 0) || !(Math.abs(fine[i] as number) > t) || rng() >= p) continue;
    const x = i % W;
    const y = (i / W) | 0;
    // Half the piece each way from the start, following the local flow.
    for (const sign of [1, -1]) {
      let px = x;
      let py = y;
      let dx = 0;
      let dy = 0;
      for (let k = 0; k < gap / 2; k++) {
        const j =
          Math.min(H - 1, Math.max(0, Math.round(py))) * W + Math.min(W - 1, Math.max(0, Math.round(px)));
        let nx = Math.cos(theta[j] as number) * sign;
        let ny = Math.sin(theta[j] as number) * sign;
        if (k > 0 && nx * dx + ny * dy < 0) {
          nx = -nx;
          ny = -ny;
        }
        dx = nx;
        dy = ny;
        stamp(px, py);
        px += dx;
        py += dy;
      }
    }
  }
  const bg = background(cv, img, (i) => Math.abs(fine[i] as number) <= t, 4 * s);
  const out = new Uint8Array(data);
  for (let i = 0; i < n; i++) {
    const w = (cut[i] as number) * (area[i] as number);
    if (w <= 0) continue;
    for (let c = 0; c < 3; c++)
      out[3 * i + c] = Math.round(
        (data[3 * i + c] as number) + w * ((bg[3 * i + c] as number) - (data[3 * i + c] as number)),
      );
  }
  return { width: W, height: H, data: out };
}

/**
 * What lies around a strand without the strand: the photo blurred past the strand scale over the pixels
 * that are not strands only (a normalized blur), so sparse strands on skin leave skin.
 */
function background(cv: Cv, img: RgbImage, open: (i: number) => boolean, sigma: number): Float32Array {
  const n = img.width * img.height;
  const weighted = new Float32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const w = open(i) ? 1 : 0;
    for (let c = 0; c < 3; c++) weighted[4 * i + c] = w * (img.data[3 * i + c] as number);
    weighted[4 * i + 3] = w;
  }
  const sums = withMats((keep) => {
    const src = keep(cv.matFromArray(img.height, img.width, cv.CV_32FC4, weighted as unknown as number[]));
    const dst = keep(new cv.Mat());
    cv.GaussianBlur(src, dst, new cv.Size(0, 0), sigma, sigma, cv.BORDER_REFLECT);
    return new Float32Array(dst.data32F);
  });
  const out = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    const w = sums[4 * i + 3] as number;
    // Where no open pixel is near (dense hair), the plain blur of the strands themselves.
    for (let c = 0; c < 3; c++)
      out[3 * i + c] = w > 1e-3 ? (sums[4 * i + c] as number) / w : (img.data[3 * i + c] as number);
  }
  return out;
}
