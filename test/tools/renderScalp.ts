/**
 * A procedural top-down scalp photo with known truth: how much skin shows, how long the hair is, how
 * wet, where the light and the parting are. Pure TypeScript and deterministic given the seed, so tests
 * can build fixtures for every confounder the audit looks for without a real person's photo.
 */
import { createHairField } from './createHairField.js';
import { createRng } from './createRng.js';
import { createScene } from './createScene.js';
import { drawStrands } from './drawStrands.js';
import { growStrands } from './growStrands.js';
import type { ScalpParams } from './resolveScalpParams.js';
import { resolveScalpParams } from './resolveScalpParams.js';
import { shadeBackdrop } from './shadeBackdrop.js';
import { stampDots } from './stampDots.js';

export type { ScalpParams } from './resolveScalpParams.js';

/** What was rendered. Pixel positions have pixel (i, j) centred at (i, j). */
export interface ScalpTruth {
  /** Share of head pixels (inside the outline) where skin is visible: hair coverage below one half. */
  readonly scalpVisibleShare: number;
  /** Mean hair coverage over head pixels, 0..1. */
  readonly meanHairCoverage: number;
  /** The same share inside each thinning region (an ellipse in pixels), in the order of the params. */
  readonly thinningScalpVisibleShare: readonly number[];
  /** Strands drawn. */
  readonly strandCount: number;
  /** Mean strand length along the hair, pixels. */
  readonly meanStrandLengthPx: number;
  /** Mean drawn (image-plane) strand length, pixels: shorter where the dome slants away. */
  readonly meanProjectedLengthPx: number;
  readonly wetness: number;
  readonly light: { readonly azimuthDeg: number; readonly elevationDeg: number };
  readonly exposureEv: number;
  readonly whiteBalance: readonly [number, number, number];
  /** Head outline, pixels. */
  readonly head: { readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number };
  /** The part line where it crosses the head outline, and the gap width, pixels; null without one. */
  readonly partLine: {
    readonly a: readonly [number, number];
    readonly b: readonly [number, number];
    readonly gapPx: number;
  } | null;
}

export interface ScalpRender {
  readonly width: number;
  readonly height: number;
  /** 8-bit sRGB, interleaved RGB, row-major, no padding. */
  readonly data: Uint8Array;
  /** Hair coverage per pixel, 0..1 (the ground truth behind `scalpVisibleShare`). */
  readonly hairAlpha: Float32Array;
  readonly truth: ScalpTruth;
}

/** Renders a scalp. See {@link ScalpParams} for every knob and its default. */
export function renderScalp(params: ScalpParams = {}): ScalpRender {
  const p = resolveScalpParams(params);
  const scene = createScene(p);
  const { width: W, height: H, light: L } = scene;
  const field = createHairField(p, scene);
  const backdrop = shadeBackdrop(p, scene);
  const strands = growStrands(p, scene, field);

  // Follicle openings: tiny dark dots at each root, which is what a thinning crown shows up close.
  const roots = new Float32Array(4 * strands.length);
  strands.forEach((s, k) => {
    roots.set([s.points[0]!, s.points[1]!, 0.35 + 0.4 * s.width, 0.35], 4 * k);
  });
  stampDots(backdrop.color, W, H, roots, backdrop.head);

  const hair = drawStrands(strands, scene, { ambient: p.ambient, wetness: p.wetness });

  // Hair shades the skin just beside it, on the side away from the light; without this the strands
  // look pasted on.
  const shadow = blurBox(hair.alpha, W, H, 2);
  const lxy = Math.hypot(L[0], L[1]);
  const off = Math.min(4, (1.5 * lxy) / Math.max(0.25, L[2]));
  const ox = lxy > 1e-6 ? Math.round((L[0] / lxy) * off) : 0;
  const oy = lxy > 1e-6 ? Math.round((L[1] / lxy) * off) : 0;

  const gain = 2 ** p.exposureEv;
  const gains = p.whiteBalance.map((g) => g * gain);
  const enc = srgbLut();
  const noise = p.sensorNoise > 0 ? createRng(p.seed, 7) : null;
  const data = new Uint8Array(W * H * 3);
  const bc = backdrop.color;
  for (let y = 0; y < H; y++) {
    const ys = Math.min(H - 1, Math.max(0, y + oy));
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      const xs = Math.min(W - 1, Math.max(0, x + ox));
      const sh = 1 - 0.5 * shadow[ys * W + xs]! * backdrop.head[i]!;
      const a = hair.alpha[i]!;
      for (let c = 0; c < 3; c++) {
        const v = (bc[3 * i + c]! * sh * (1 - a) + hair.color[3 * i + c]!) * gains[c]!;
        let s = enc[Math.min(4095, Math.max(0, Math.round(v * 4095)))]!;
        if (noise) s += (noise() + noise() + noise() - 1.5) * 2 * p.sensorNoise;
        data[3 * i + c] = s < 0 ? 0 : s > 255 ? 255 : Math.round(s);
      }
    }
  }

  return { width: W, height: H, data, hairAlpha: hair.alpha, truth: measureTruth() };

  function measureTruth(): ScalpTruth {
    let headPx = 0;
    let skinPx = 0;
    let cov = 0;
    const regions = p.thinning.map(() => ({ n: 0, skin: 0 }));
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = y * W + x;
        if (backdrop.head[i]! < 0.5) continue;
        const a = hair.alpha[i]!;
        headPx++;
        cov += a;
        const bare = a < 0.5 ? 1 : 0;
        skinPx += bare;
        const u = (x - scene.cx) / scene.rx;
        const v = (y - scene.cy) / scene.ry;
        for (let k = 0; k < p.thinning.length; k++) {
          const t = p.thinning[k]!;
          const du = u - t.center[0];
          const dv = v - t.center[1];
          if (du * du + dv * dv <= t.radius * t.radius) {
            regions[k]!.n++;
            regions[k]!.skin += bare;
          }
        }
      }
    }
    let len = 0;
    let proj = 0;
    for (const s of strands) {
      len += s.length;
      for (let k = 2; k < s.points.length; k += 2)
        proj += Math.hypot(s.points[k]! - s.points[k - 2]!, s.points[k + 1]! - s.points[k - 1]!);
    }
    const n = Math.max(1, strands.length);
    return {
      scalpVisibleShare: skinPx / Math.max(1, headPx),
      meanHairCoverage: cov / Math.max(1, headPx),
      thinningScalpVisibleShare: regions.map((r) => r.skin / Math.max(1, r.n)),
      strandCount: strands.length,
      meanStrandLengthPx: len / n,
      meanProjectedLengthPx: proj / n,
      wetness: p.wetness,
      light: { azimuthDeg: p.lightAzimuthDeg, elevationDeg: p.lightElevationDeg },
      exposureEv: p.exposureEv,
      whiteBalance: p.whiteBalance,
      head: { cx: scene.cx, cy: scene.cy, rx: scene.rx, ry: scene.ry },
      partLine: partLine(),
    };
  }

  function partLine(): ScalpTruth['partLine'] {
    if (!p.parting) return null;
    const [px, py] = scene.toPixel(p.parting.through);
    const t = (p.parting.angleDeg * Math.PI) / 180;
    const dx = Math.cos(t) / scene.rx;
    const dy = Math.sin(t) / scene.ry;
    const ux = (px - scene.cx) / scene.rx;
    const uy = (py - scene.cy) / scene.ry;
    // |u + s d|² = 1 in head units.
    const A = dx * dx + dy * dy;
    const B = 2 * (ux * dx + uy * dy);
    const C = ux * ux + uy * uy - 1;
    const disc = Math.sqrt(Math.max(0, B * B - 4 * A * C));
    const at = (s: number): [number, number] => [px + s * Math.cos(t), py + s * Math.sin(t)];
    return { a: at((-B - disc) / (2 * A)), b: at((-B + disc) / (2 * A)), gapPx: p.parting.gapPx };
  }
}

/** 4096-entry linear-to-sRGB table (0..255 floats): fine enough that no banding shows in 8 bits. */
function srgbLut(): Float32Array {
  const t = new Float32Array(4096);
  for (let i = 0; i < 4096; i++) {
    const v = i / 4095;
    t[i] = 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  }
  return t;
}

/** Two passes of a (2r+1)-wide box blur, rows then columns, with running sums: a cheap soft shadow. */
function blurBox(src: Float32Array, W: number, H: number, r: number): Float32Array {
  const k = 1 / (2 * r + 1);
  const line = (a: Float32Array, b: Float32Array, start: number, stride: number, n: number): void => {
    // Edge samples repeat beyond the border.
    let s = (r + 1) * a[start]!;
    for (let d = 1; d <= r; d++) s += a[start + Math.min(n - 1, d) * stride]!;
    for (let t = 0; t < n; t++) {
      b[start + t * stride] = s * k;
      s += a[start + Math.min(n - 1, t + r + 1) * stride]! - a[start + Math.max(0, t - r) * stride]!;
    }
  };
  let cur = src;
  for (let pass = 0; pass < 2; pass++) {
    const tmp = new Float32Array(W * H);
    const out = new Float32Array(W * H);
    for (let y = 0; y < H; y++) line(cur, tmp, y * W, 1, W);
    for (let x = 0; x < W; x++) line(tmp, out, x, W, H);
    cur = out;
  }
  return cur;
}
