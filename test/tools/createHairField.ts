/**
 * Where hair grows and which way it lies: the follicle density over the head (thinning patches), how
 * miniaturised the surviving hairs are, the orientation field, and the parting that strands may not
 * cross.
 */
import type { Scene } from './createScene.js';
import { createValueNoise } from './createValueNoise.js';
import type { ResolvedScalpParams } from './resolveScalpParams.js';

export interface HairField {
  /** Share of follicles kept at a head point, 0..1. */
  density(u: number, v: number): number;
  /** Miniaturisation at a head point, 0 (terminal hair) to 1 (fully miniaturised). */
  miniaturisation(u: number, v: number): number;
  /** Preferred strand direction at a pixel, radians in the image (0 = +x, π/2 = down). */
  angle(x: number, y: number): number;
  /**
   * The same direction as a unit vector written to out[0], out[1], interpolated from a grid: strand
   * growth asks for it about a million times per render, and trigonometry per step dominated.
   */
  direction(x: number, y: number, out: Float64Array): void;
  /** Signed pixel distance to the part line (sides have opposite signs), or null without a parting. */
  partDistance(x: number, y: number): number | null;
}

const smoothstep = (a: number, b: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/** Builds the field for one render. */
export function createHairField(p: ResolvedScalpParams, scene: Scene): HairField {
  // Loss in a patch: full over the inner half of its radius, fading to none at the edge, so that the
  // thinning reads as a diffuse crown rather than a disc with a hard border.
  const loss = (u: number, v: number): number => {
    let keep = 1;
    for (const t of p.thinning) {
      const du = u - t.center[0];
      const dv = v - t.center[1];
      const d = Math.sqrt(du * du + dv * dv) / t.radius;
      keep *= 1 - t.amount * (1 - smoothstep(0.35, 1, d));
    }
    return 1 - keep;
  };

  const part = p.parting;
  let partDistance: (x: number, y: number) => number | null = () => null;
  let nx = 0;
  let ny = 0;
  if (part) {
    const a = (part.angleDeg * Math.PI) / 180;
    const [px, py] = scene.toPixel(part.through);
    nx = -Math.sin(a);
    ny = Math.cos(a);
    partDistance = (x, y) => (x - px) * nx + (y - py) * ny;
  }
  // Combing reaches a few centimetres from the part; beyond that the natural flow takes over.
  const partReach = part ? Math.max(12, 4 * part.gapPx) + 0.08 * Math.min(scene.rx, scene.ry) : 1;

  const o = p.orientation;
  const base =
    o.kind === 'combed'
      ? (() => {
          const a = (o.angleDeg * Math.PI) / 180;
          return (): number => a;
        })()
      : (() => {
          const [wx, wy] = scene.toPixel(o.center);
          const twist = (o.twistDeg * Math.PI) / 180;
          const r0 = 0.35 * Math.min(scene.rx, scene.ry);
          // The spiral is tight at the whorl and opens into a plain radial flow further out.
          return (x: number, y: number): number => {
            const dx = x - wx;
            const dy = y - wy;
            return Math.atan2(dy, dx) + twist * Math.exp(-Math.sqrt(dx * dx + dy * dy) / r0);
          };
        })();

  const flow = createValueNoise(p.seed * 13 + 5, 2);
  const lock = 0.18 * Math.min(scene.rx, scene.ry);
  const angle = (x: number, y: number): number => {
    const a = base(x, y) + p.flowNoise * flow(x / lock, y / lock);
    const sd = partDistance(x, y);
    if (sd === null) return a;
    const w = Math.exp(-Math.abs(sd) / partReach);
    const s = sd >= 0 ? 1 : -1;
    const vx = (1 - w) * Math.cos(a) + w * s * nx;
    const vy = (1 - w) * Math.sin(a) + w * s * ny;
    return Math.atan2(vy, vx);
  };

  // A 4 px grid with a one-cell margin all round, since strands may wander slightly off the image.
  const G = 4;
  const gw = Math.ceil(scene.width / G) + 3;
  const gh = Math.ceil(scene.height / G) + 3;
  const grid = new Float32Array(gw * gh * 2);
  for (let j = 0; j < gh; j++)
    for (let i = 0; i < gw; i++) {
      const a = angle((i - 1) * G, (j - 1) * G);
      grid[2 * (j * gw + i)] = Math.cos(a);
      grid[2 * (j * gw + i) + 1] = Math.sin(a);
    }

  return {
    density: (u, v) => 1 - loss(u, v),
    miniaturisation: (u, v) => Math.min(1, 1.1 * loss(u, v)),
    partDistance,
    angle,
    direction: (x, y, out) => {
      const gx = Math.min(gw - 1.001, Math.max(0, x / G + 1));
      const gy = Math.min(gh - 1.001, Math.max(0, y / G + 1));
      const i = Math.floor(gx);
      const j = Math.floor(gy);
      const fx = gx - i;
      const fy = gy - j;
      const k = 2 * (j * gw + i);
      const k2 = k + 2 * gw;
      const w00 = (1 - fx) * (1 - fy);
      const w10 = fx * (1 - fy);
      const w01 = (1 - fx) * fy;
      const w11 = fx * fy;
      const vx = w00 * grid[k]! + w10 * grid[k + 2]! + w01 * grid[k2]! + w11 * grid[k2 + 2]!;
      const vy = w00 * grid[k + 1]! + w10 * grid[k + 3]! + w01 * grid[k2 + 1]! + w11 * grid[k2 + 3]!;
      const n = Math.sqrt(vx * vx + vy * vy) || 1;
      out[0] = vx / n;
      out[1] = vy / n;
    },
  };
}
