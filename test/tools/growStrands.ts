/**
 * Grows one polyline per follicle along the hair field. Every strand draws its random numbers from its
 * own stream and steps a fixed distance, so a longer-hair render of the same head extends the same
 * paths instead of reshuffling them (the before/after sample depends on that).
 */
import type { HairField } from './createHairField.js';
import { createRng } from './createRng.js';
import type { Rng } from './createRng.js';
import type { Scene } from './createScene.js';
import type { ResolvedScalpParams } from './resolveScalpParams.js';

export interface Strand {
  /** Interleaved x, y pixel positions, root first. */
  readonly points: Float32Array;
  /** Width at the root, pixels. */
  readonly width: number;
  /** Linear-light base colour. */
  readonly color: readonly [number, number, number];
  /** Peak opacity (fine hairs are translucent). */
  readonly opacity: number;
  /** How far the strand rises off the scalp (tangent z per unit of run); varies its highlight. */
  readonly lift: number;
  /** Phase of the glints along the strand. */
  readonly glint: number;
  /** Length along the hair, pixels (the image length is shorter where the dome slants away). */
  readonly length: number;
}

const srgbToLinear = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

const smoothstep = (a: number, b: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

interface Walk {
  readonly offset: number;
  readonly curlAmp: number;
  readonly curlK: number;
  readonly phase: number;
  readonly wander: Rng | null;
}

/** Scratch for one path; growth writes here and copies out only what it keeps. */
let scratch = new Float32Array(4096);
const dir = new Float64Array(2);

/**
 * Follows the field from (x, y) for `length` pixels of hair; writes interleaved points to `scratch`
 * and returns how many numbers it wrote and the length grown.
 */
function walk(
  x0: number,
  y0: number,
  length: number,
  step: number,
  w: Walk,
  scene: Scene,
  field: HairField,
  clearance: number,
): { n: number; grown: number } {
  const need = 2 * (Math.ceil(length / step) + 2);
  if (scratch.length < need) scratch = new Float32Array(need);
  scratch[0] = x0;
  scratch[1] = y0;
  let n = 2;
  const side = Math.sign(field.partDistance(x0, y0) ?? 0);
  let x = x0;
  let y = y0;
  let s = 0;
  let drift = 0;
  while (s < length) {
    const u = (x - scene.cx) / scene.rx;
    const v = (y - scene.cy) / scene.ry;
    const r = Math.sqrt(u * u + v * v);
    if (r > 1.04) break;
    field.direction(x, y, dir);
    const turn = w.offset + drift + w.curlAmp * Math.sin(w.curlK * s + w.phase);
    if (w.wander) drift = 0.96 * drift + (w.wander() - 0.5) * 0.08;
    const c = Math.cos(turn);
    const sn = Math.sin(turn);
    let dx = dir[0]! * c - dir[1]! * sn;
    let dy = dir[0]! * sn + dir[1]! * c;
    // Foreshortening: hair lying on the slanted sides of the dome runs partly away from the camera.
    if (r > 1e-3) {
      const ex = u / r;
      const ey = v / r;
      const nz = Math.sqrt(Math.max(0.04, 1 - r * r));
      const dr = (dx * ex + dy * ey) * (1 - nz);
      dx -= dr * ex;
      dy -= dr * ey;
    }
    const h = Math.min(step, length - s);
    let nxp = x + dx * h;
    let nyp = y + dy * h;
    if (side !== 0) {
      const sd = field.partDistance(nxp, nyp) ?? 0;
      if (sd * side < clearance) {
        // Combed hair slides along the part instead of crossing it; if it still would, it ends here.
        const sd0 = field.partDistance(x, y) ?? 0;
        const t = Math.abs(sd - sd0) > 1e-9 ? (clearance * side - sd0) / (sd - sd0) : 0;
        if (!(t > 0)) break;
        nxp = x + dx * h * Math.min(1, t);
        nyp = y + dy * h * Math.min(1, t);
        if ((field.partDistance(nxp, nyp) ?? 0) * side < clearance - 1e-3) break;
      }
    }
    x = nxp;
    y = nyp;
    s += h;
    scratch[n++] = x;
    scratch[n++] = y;
  }
  return { n, grown: s };
}

/** Grows all strands of one render. */
export function growStrands(p: ResolvedScalpParams, scene: Scene, field: HairField): Strand[] {
  const step = Math.max(3, 2 * p.strandWidthPx);
  const hairLin = p.hairRgb.map(srgbToLinear);
  const skinLin = p.skinRgb.map(srgbToLinear);
  const curlAmp = 1.1 * p.curl;
  const curlK = (2 * Math.PI) / (60 - 45 * p.curl);
  const halfGap = p.parting ? p.parting.gapPx / 2 : 0;

  // Follicles uniform over the hemisphere (z uniform, by Archimedes), seen from above.
  const count = Math.round((p.density / 1000) * 2 * Math.PI * scene.rx * scene.ry);
  const place = createRng(p.seed, 1);
  const strands: Strand[] = [];

  // Wet hair gathers into bundles around guide strands, one per grid cell.
  const cell = 12 + 3 * p.strandWidthPx;
  const guides = new Map<number, Float32Array>();
  const guideFor = (x: number, y: number, maxLen: number): Float32Array => {
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    const key = gy * 65536 + gx;
    const hit = guides.get(key);
    if (hit) return hit;
    const g = createRng(p.seed, 2, gx, gy);
    const walkG: Walk = { offset: 0, curlAmp, curlK, phase: g() * 6.283, wander: null };
    const { n } = walk((gx + g()) * cell, (gy + g()) * cell, maxLen * 1.3, step, walkG, scene, field, 0);
    const pts = scratch.slice(0, n);
    guides.set(key, pts);
    return pts;
  };

  for (let i = 0; i < count; i++) {
    const z = 0.04 + 0.96 * place();
    const phi = 2 * Math.PI * place();
    const keepDraw = place();
    const rr = Math.sqrt(1 - z * z);
    const u = rr * Math.cos(phi);
    const v = rr * Math.sin(phi);
    if (keepDraw >= field.density(u, v)) continue;
    const x0 = scene.cx + u * scene.rx;
    const y0 = scene.cy + v * scene.ry;
    const mini = field.miniaturisation(u, v);
    const width = p.strandWidthPx * (1 - 0.55 * mini);
    const clearance = halfGap + width / 2 + 0.5;
    const sd = field.partDistance(x0, y0);
    if (sd !== null && Math.abs(sd) < clearance) continue;

    const r = createRng(p.seed, 3, i);
    const lengthFactor = 0.75 + 0.5 * r();
    const walkS: Walk = {
      offset: (r() + r() - 1) * 0.25,
      curlAmp: curlAmp * (0.6 + 0.8 * r()),
      curlK: curlK * (0.8 + 0.4 * r()),
      phase: r() * 6.283,
      wander: createRng(p.seed, 4, i),
    };
    const shade = 0.8 + 0.4 * r();
    const tint = 0.95 + 0.1 * r();
    const lift = 0.05 + 0.35 * r();
    const glint = r() * 6.283;
    const length = p.strandLengthPx * lengthFactor * (1 - 0.5 * mini);
    // The guide is fetched first: growing it reuses the scratch buffer.
    const g = p.wetness > 0 ? guideFor(x0, y0, p.strandLengthPx * 1.25) : null;
    const grown = walk(x0, y0, length, step, walkS, scene, field, clearance);
    let n = grown.n;
    if (g) {
      let m = 2;
      let s = 0;
      for (let k = 2; k < n; k += 2) {
        s += step;
        const a = p.wetness * 0.85 * smoothstep(0, 18, s);
        const gi = Math.min(k, g.length - 2);
        const nx = scratch[k]! + a * (g[gi]! - scratch[k]!);
        const ny = scratch[k + 1]! + a * (g[gi + 1]! - scratch[k + 1]!);
        // The bundle must not drag a strand across the part either.
        const q = field.partDistance(nx, ny);
        if (q !== null && sd !== null && q * Math.sign(sd) < clearance) break;
        scratch[m++] = nx;
        scratch[m++] = ny;
      }
      n = m;
    }
    const pts = scratch.slice(0, n);
    if (pts.length < 4) continue;

    const wetDarken = 1 - 0.4 * p.wetness;
    const color = [0, 1, 2].map((c) => {
      const base = hairLin[c]! * shade * (c === 0 ? tint : c === 2 ? 2 - tint : 1);
      // Miniaturised hairs are fine and unpigmented, closer to the skin under them.
      return (base * (1 - 0.5 * mini) + skinLin[c]! * 0.7 * 0.5 * mini) * wetDarken;
    }) as [number, number, number];
    strands.push({
      points: pts,
      width,
      color,
      opacity: 0.95 - 0.4 * mini,
      lift,
      glint,
      length: grown.grown,
    });
  }
  return strands;
}
