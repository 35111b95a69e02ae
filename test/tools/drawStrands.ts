/**
 * Rasterises strands into a premultiplied hair layer: antialiased, tapering polylines shaded with a
 * Kajiya-Kay style model (diffuse plus a highlight that depends on the strand tangent, which is what
 * makes hair look like hair rather than like dark noise).
 */
import type { Scene } from './createScene.js';
import { domeNormal } from './domeNormal.js';
import type { Strand } from './growStrands.js';

/** Premultiplied linear RGB and coverage of all hair, one entry per pixel. */
export interface HairLayer {
  readonly color: Float32Array;
  readonly alpha: Float32Array;
}

export interface DrawStrandsOptions {
  /** Share of ambient light. @default 0.3 */
  readonly ambient?: number;
  /** Wetness 0..1: stronger, sharper, glintier highlights. @default 0 */
  readonly wetness?: number;
}

/** Draws `strands` in order (later on top) and returns the layer. */
export function drawStrands(
  strands: readonly Strand[],
  scene: Scene,
  opts: DrawStrandsOptions = {},
): HairLayer {
  const { width: W, height: H, light: L, half: Hv } = scene;
  const ambient = opts.ambient ?? 0.3;
  const wet = opts.wetness ?? 0;
  const ks = 0.13 + 1.1 * wet;
  const shininess = 30 + 130 * wet;
  const color = new Float32Array(W * H * 3);
  const alpha = new Float32Array(W * H);
  // Joints of a polyline are covered by two segments; remembering which strand last touched a pixel and
  // with what coverage lets the second segment add only the difference, so joints do not show as beads.
  const owner = new Int32Array(W * H).fill(-1);
  const ownCov = new Float32Array(W * H);
  const nrm = new Float64Array(3);

  for (let si = 0; si < strands.length; si++) {
    const s = strands[si]!;
    const pts = s.points;
    const nSeg = pts.length / 2 - 1;
    for (let k = 0; k < nSeg; k++) {
      const x0 = pts[2 * k]!;
      const y0 = pts[2 * k + 1]!;
      const x1 = pts[2 * k + 2]!;
      const y1 = pts[2 * k + 3]!;
      const t = (k + 0.5) / nSeg;
      const hwTrue = 0.5 * s.width * (1 - 0.6 * t);
      // Sub-pixel strands are drawn one pixel wide at reduced opacity: same ink, no aliasing.
      const hw = Math.max(0.5, hwTrue);
      const maxCov = (hwTrue / hw) * s.opacity;

      // Shade the segment once: tangent on the dome surface, tilted up by the strand's lift.
      domeNormal((x0 - scene.cx) / scene.rx, (y0 - scene.cy) / scene.ry, nrm);
      const nx = nrm[0]!;
      const ny = nrm[1]!;
      const nz = nrm[2]!;
      let dx = x1 - x0;
      let dy = y1 - y0;
      const dl = Math.sqrt(dx * dx + dy * dy) || 1;
      dx /= dl;
      dy /= dl;
      let tz = -(nx * dx + ny * dy) / nz + s.lift;
      const tl = Math.sqrt(dx * dx + dy * dy + tz * tz);
      const tx = dx / tl;
      const ty = dy / tl;
      tz /= tl;
      const nl = Math.max(0, nx * L[0] + ny * L[1] + nz * L[2]);
      const tL = tx * L[0] + ty * L[1] + tz * L[2];
      const tH = tx * Hv[0] + ty * Hv[1] + tz * Hv[2];
      const kd = Math.sqrt(Math.max(0, 1 - tL * tL));
      const diffuse = ambient + (1 - ambient) * nl * (0.55 + 0.45 * kd);
      // Wet highlights break into glints along the strand, as water beads and flattens the cuticle.
      const glint = wet > 0 ? 1 - wet + wet * (0.5 + 0.5 * Math.sin(0.35 * k + s.glint)) ** 2 * 2 : 1;
      // sin(T, H)^n as exp(-n cos² / 2): the same lobe within a few per cent, without a pow per segment.
      const spec = ks * Math.exp(-0.5 * shininess * tH * tH) * Math.min(1, 3 * nl) * glint;
      const cr = s.color[0] * diffuse + spec;
      const cg = s.color[1] * diffuse + spec * 0.97;
      const cb = s.color[2] * diffuse + spec * 0.93;

      const R = hw + 0.5;
      const ya = Math.max(0, Math.floor(Math.min(y0, y1) - R));
      const yb = Math.min(H - 1, Math.ceil(Math.max(y0, y1) + R));
      const ex = x1 - x0;
      const ey = y1 - y0;
      const inv = 1 / (ex * ex + ey * ey || 1);
      const reach2 = R * R;
      for (let y = ya; y <= yb; y++) {
        // Only the part of the segment within R of this row can cover it: scanning that span instead
        // of the whole bounding box halves the work on diagonal strands.
        let t0 = 0;
        let t1 = 1;
        if (Math.abs(ey) > 1e-9) {
          const ta = (y - R - y0) / ey;
          const tb = (y + R - y0) / ey;
          t0 = Math.max(0, Math.min(ta, tb));
          t1 = Math.min(1, Math.max(ta, tb));
          if (t0 > t1) continue;
        }
        const xs0 = x0 + t0 * ex;
        const xs1 = x0 + t1 * ex;
        const xa = Math.max(0, Math.floor(Math.min(xs0, xs1) - R));
        const xb = Math.min(W - 1, Math.ceil(Math.max(xs0, xs1) + R));
        const py = y - y0;
        const row = y * W;
        for (let x = xa; x <= xb; x++) {
          const px = x - x0;
          let u = (px * ex + py * ey) * inv;
          u = u < 0 ? 0 : u > 1 ? 1 : u;
          const qx = px - u * ex;
          const qy = py - u * ey;
          const d2 = qx * qx + qy * qy;
          if (d2 >= reach2) continue;
          let cov = hw + 0.5 - Math.sqrt(d2);
          cov = Math.min(cov, 1) * maxCov;
          const i = row + x;
          let a = cov;
          if (owner[i] === si) {
            const prev = ownCov[i]!;
            if (cov <= prev) continue;
            // Over-compositing the increment: (1 - a)(1 - prev) = 1 - cov.
            a = (cov - prev) / (1 - prev);
          }
          owner[i] = si;
          ownCov[i] = cov;
          const j = 3 * i;
          const keep = 1 - a;
          color[j] = color[j]! * keep + cr * a;
          color[j + 1] = color[j + 1]! * keep + cg * a;
          color[j + 2] = color[j + 2]! * keep + cb * a;
          alpha[i] = alpha[i]! * keep + a;
        }
      }
    }
  }
  return { color, alpha };
}
