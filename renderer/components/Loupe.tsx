/**
 * A round magnifier at 1:1: one pixel of the original photo per device pixel, centred on the point (u, v)
 * of the photo. The engine sends a full-resolution square of the original around the point (see
 * useLoupeCrop); until it arrives, and wherever it does not reach, the display render shows beneath it,
 * stretched to the same scale, so the loupe never jumps in size, it only sharpens.
 */
import type { ReactNode } from 'react';
import type { Api } from '../../shared/contract/api.js';
import type { CropSource } from '../lib/loupeSource.js';
import { useLoupeCrop } from '../lib/useLoupeCrop.js';

export const LOUPE_RADIUS = 90;

export interface LoupeProps {
  /** The display render of the layer (at most a few megapixels) and its pixel size. */
  image: { url: string; width: number; height: number };
  /** The layer's full-resolution size: the photo's pixels in its frame. */
  full: { width: number; height: number };
  /** Where the original's pixels come from; without it the loupe magnifies the display render. */
  original?: { api: Api; source: CropSource | null };
  u: number;
  v: number;
  /** The loupe's centre in the pane, CSS px. */
  x: number;
  y: number;
}

export function Loupe(p: LoupeProps): ReactNode {
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  // CSS px per photo pixel: one device pixel each.
  const s = 1 / dpr;
  const px = p.u * p.full.width;
  const py = p.v * p.full.height;
  const crop = useLoupeCrop(
    p.original?.api ?? null,
    p.original?.source ?? null,
    { x: px, y: py },
    { window: 2 * LOUPE_RADIUS * dpr },
  );
  const r = LOUPE_RADIUS;
  const layers = [
    {
      image: p.image.url,
      size: `${p.full.width * s}px ${p.full.height * s}px`,
      at: `${r - px * s}px ${r - py * s}px`,
    },
  ];
  if (crop) {
    // Whole device pixels: a crop placed between them would be resampled and no longer 1:1.
    const cx = Math.round(r * dpr - (px - crop.left)) * s;
    const cy = Math.round(r * dpr - (py - crop.top)) * s;
    layers.unshift({ image: crop.url, size: `${crop.size * s}px ${crop.size * s}px`, at: `${cx}px ${cy}px` });
  }
  return (
    <div
      className="loupe"
      aria-hidden="true"
      data-testid="loupe"
      data-original={crop ? 'true' : 'false'}
      style={{
        left: p.x - r,
        top: p.y - r,
        width: r * 2,
        height: r * 2,
        backgroundImage: layers.map((l) => `url("${l.image}")`).join(', '),
        backgroundSize: layers.map((l) => l.size).join(', '),
        backgroundPosition: layers.map((l) => l.at).join(', '),
      }}
    />
  );
}
