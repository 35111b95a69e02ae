/**
 * Everything under the hair, in linear light: the wall, the shoulders and the scalp. The scalp is a
 * dome lit by one key light (Lambert plus a Blinn highlight, so overhead light leaves a shiny spot on
 * top and a low light rakes across) and some ambient light, with skin blotches, grain and pores.
 */
import { createRng } from './createRng.js';
import type { Scene } from './createScene.js';
import { createValueNoise } from './createValueNoise.js';
import type { Noise2 } from './createValueNoise.js';
import { domeNormal } from './domeNormal.js';
import type { ResolvedScalpParams } from './resolveScalpParams.js';
import { stampDots } from './stampDots.js';

export interface Backdrop {
  /** Linear RGB, 3 floats per pixel. */
  readonly color: Float32Array;
  /** Head coverage per pixel, 0..1, antialiased at the outline. */
  readonly head: Float32Array;
}

const lin = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/**
 * Samples `noise` (features one unit wide) at features `featurePx` wide on a 4 px grid and returns a
 * bilinear lookup: blotches and folds are smooth, and a 3-octave noise per pixel cost more than
 * the rest of the backdrop together.
 */
function coarse(noise: Noise2, W: number, H: number, featurePx: number): (x: number, y: number) => number {
  const G = 4;
  const gw = Math.ceil(W / G) + 2;
  const gh = Math.ceil(H / G) + 2;
  const grid = new Float32Array(gw * gh);
  for (let j = 0; j < gh; j++)
    for (let i = 0; i < gw; i++) grid[j * gw + i] = noise((i * G) / featurePx, (j * G) / featurePx);
  return (x, y) => {
    const gx = x / G;
    const gy = y / G;
    const i = Math.floor(gx);
    const j = Math.floor(gy);
    const fx = gx - i;
    const fy = gy - j;
    const k = j * gw + i;
    const a = grid[k]! + (grid[k + 1]! - grid[k]!) * fx;
    const b = grid[k + gw]! + (grid[k + gw + 1]! - grid[k + gw]!) * fx;
    return a + (b - a) * fy;
  };
}

/** Shades the backdrop of one render. */
export function shadeBackdrop(p: ResolvedScalpParams, scene: Scene): Backdrop {
  const { width: W, height: H, light: L, half: Hv, cx, cy, rx, ry } = scene;
  const R = Math.min(rx, ry);
  const color = new Float32Array(W * H * 3);
  const head = new Float32Array(W * H);
  const skin = p.skinRgb.map(lin);
  const wall = (p.backgroundRgb ?? p.skinRgb).map(lin);
  const shirt = p.shirtRgb ? p.shirtRgb.map(lin) : null;
  const tex = p.skinTexture;
  const nrm = new Float64Array(3);
  const blotch = coarse(createValueNoise(p.seed * 7 + 11, 3), W, H, 28);
  const broad = coarse(createValueNoise(p.seed * 7 + 12, 2), W, H, 0.5 * Math.max(W, H));
  const folds = coarse(createValueNoise(p.seed * 7 + 13, 2), W, H, 60);
  const outline = coarse(createValueNoise(p.seed * 7 + 14, 1), W, H, 160);
  const grain = createRng(p.seed, 5);
  const gloss = p.skinGloss + 0.9 * p.wetness;
  const shininess = 18 + 90 * p.wetness;
  const amb = p.ambient;
  // The head shades the wall on the side away from the light.
  const cast = (0.1 * R * Math.hypot(L[0], L[1])) / Math.max(0.2, L[2]);
  const lxy = Math.hypot(L[0], L[1]) || 1;
  const sx = (L[0] / lxy) * cast;
  const sy = (L[1] / lxy) * cast;
  // Shoulders: two low domes of fabric either side of and below the bent head.
  const scy = cy + 0.5 * ry;
  const srx = 1.3 * rx;
  const sry = 0.85 * ry;

  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      const d = scene.outlineDistance(x, y);
      const a = Math.min(1, Math.max(0, 0.5 - d));
      head[i] = a;
      let br = 0;
      let bg = 0;
      let bb = 0;
      if (a < 1) {
        const n = broad(x, y);
        const ramp = 0.85 + 0.15 * (((x - cx) * L[0] + (y - cy) * L[1]) / (lxy * W)) + 0.06 * n;
        const shade =
          1 - 0.45 * Math.min(1, Math.max(0, 0.5 - scene.outlineDistance(x + sx, y + sy) / (0.1 * R)));
        let f = ramp * shade;
        let c = wall;
        if (shirt) {
          const side = x < cx ? -1 : 1;
          const su = (x - (cx + side * 0.6 * rx)) / srx;
          const sv = (y - scy) / sry;
          // A loose fit: the outline wobbles gently.
          const s2 = su * su + sv * sv + 0.04 * outline(x, y);
          if (s2 < 1) {
            domeNormal(su, sv, nrm);
            const fold = 1 + 0.25 * folds(x, y);
            const edge = Math.min(1, (1 - s2) * 40);
            f =
              shade *
              fold *
              (amb + (1 - amb) * Math.max(0, nrm[0]! * L[0] + nrm[1]! * L[1] + nrm[2]! * L[2]));
            c = edge >= 1 ? shirt : wall.map((w, k) => w * (1 - edge) + shirt[k]! * edge);
          }
        }
        br = c[0]! * f;
        bg = c[1]! * f;
        bb = c[2]! * f;
      }
      if (a > 0) {
        domeNormal((x - cx) / rx, (y - cy) / ry, nrm);
        const nx = nrm[0]!;
        const ny = nrm[1]!;
        const nz = nrm[2]!;
        const nl = Math.max(0, nx * L[0] + ny * L[1] + nz * L[2]);
        const nh = Math.max(0, nx * Hv[0] + ny * Hv[1] + nz * Hv[2]);
        const diffuse = amb * (0.55 + 0.45 * nz) + (1 - amb) * nl;
        const spec = gloss * nh ** shininess * Math.min(1, 4 * nl);
        const b = blotch(x, y);
        const g = (grain() - 0.5) * 0.08 * tex;
        // Blotches are redness: the red channel moves least, so patches read pink rather than grey.
        const sr = skin[0]! * (1 + 0.05 * tex * b + g);
        const sg = skin[1]! * (1 - 0.1 * tex * b + g);
        const sb = skin[2]! * (1 - 0.1 * tex * b + g);
        br = br * (1 - a) + a * (sr * diffuse + spec);
        bg = bg * (1 - a) + a * (sg * diffuse + spec);
        bb = bb * (1 - a) + a * (sb * diffuse + spec);
      }
      color[3 * i] = br;
      color[3 * i + 1] = bg;
      color[3 * i + 2] = bb;
    }
  }

  if (tex > 0) {
    const rng = createRng(p.seed, 6);
    const count = Math.round(((Math.PI * rx * ry) / 90) * tex);
    const dots = new Float32Array(4 * count);
    for (let k = 0; k < count; k++) {
      const rr = Math.sqrt(rng());
      const t = 2 * Math.PI * rng();
      dots[4 * k] = cx + rr * Math.cos(t) * rx;
      dots[4 * k + 1] = cy + rr * Math.sin(t) * ry;
      dots[4 * k + 2] = 0.5 + 0.6 * rng();
      dots[4 * k + 3] = (0.06 + 0.12 * rng()) * tex;
    }
    stampDots(color, W, H, dots, head);
  }
  return { color, head };
}
