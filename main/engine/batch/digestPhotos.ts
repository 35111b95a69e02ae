/**
 * Thumbnails and perceptual hashes of a case's two photos, for the batch summary. Each source file is
 * decoded once at a small size (readPhoto's working copy: oriented, any format) whatever number of panels
 * it holds.
 */
import type { PanelRect } from '../../../shared/contract/composite.js';
import { readPhoto } from '../input/readPhoto.js';
import type { CaseRow } from './batchTypes.js';
import { panelDigest } from './panelDigest.js';

/**
 * Long side of the decode, pixels: a panel of a 2x2 grid then still has about 300 px, more than the
 * 160 px thumbnail and the 32 px the hash averages down to.
 */
const DIGEST_SIDE = 640;

type Digests = Pick<CaseRow, 'thumbs' | 'hashes'>;

/** Digests two separate photo files. */
export async function digestPair(before: string, after: string): Promise<Digests> {
  const [b, a] = await Promise.all([digestFile(before, [null]), digestFile(after, [null])]);
  return join(b[0], a[0]);
}

/** Digests the before and after panels (rects in the composite's display pixels) of one composite file. */
export async function digestPanels(
  source: string,
  rects: ReadonlyArray<readonly [PanelRect, PanelRect]>,
): Promise<Digests[]> {
  const flat = await digestFile(source, rects.flat());
  return rects.map((_, i) => join(flat[2 * i], flat[2 * i + 1]));
}

async function digestFile(path: string, rects: ReadonlyArray<PanelRect | null>) {
  // No provenance: the audit measured it already, and error levels and copy-move would double the
  // main thread's share of the work for a thumbnail.
  const photo = await readPhoto(path, { workMaxSide: DIGEST_SIDE, provenance: false });
  const s = photo.workScale;
  const out = [];
  for (const r of rects) {
    out.push(await panelDigest(photo.work, r ? [r[0] * s, r[1] * s, r[2] * s, r[3] * s] : null));
  }
  return out;
}

function join(
  b: Awaited<ReturnType<typeof panelDigest>> | undefined,
  a: Awaited<ReturnType<typeof panelDigest>> | undefined,
): Digests {
  if (!b || !a) return { thumbs: null, hashes: null };
  return { thumbs: { before: b.thumb, after: a.thumb }, hashes: { before: b.hashes, after: a.hashes } };
}
