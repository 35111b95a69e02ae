/**
 * Writes the rendered outputs of an audit into a folder. Originals are never touched: the caller hands
 * in decoded pixels, renderOutputs makes every file in memory, and each is written atomically.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Cv } from '../../../shared/analysis/cv.js';
import { writeFileAtomic } from '../atomicWrite.js';
import type { OutputInputs, RenderOutputsOptions } from './renderOutputs.js';
import { OUTPUT_NAMES, renderOutputs } from './renderOutputs.js';

export { OUTPUT_NAMES };
export type { OutputInputs };

/** What writeOutputs accepts: every rendering option except the app's display renders. */
export type WriteOutputsOptions = Omit<RenderOutputsOptions, 'display'>;

/**
 * Renders the outputs into `dir` (created if missing) and returns the names written, in order. When
 * alignment failed nothing aligned is fabricated: no aligned*.jpg, no difference.png, a side by side of
 * the photos as shot, and a flicker only when both have the same aspect. The reports come last, so a
 * report.html on disk means the images it describes were written before it.
 */
export async function writeOutputs(
  cv: Cv,
  dir: string,
  inputs: OutputInputs,
  options: WriteOutputsOptions = {},
): Promise<string[]> {
  const { report } = inputs;
  // A user may point the output folder at the photos' folder; a photo named like an output must survive.
  const originals = new Set([resolve(report.before.path), resolve(report.after.path)]);
  const clash = OUTPUT_NAMES.map((n) => resolve(dir, n)).find((p) => originals.has(p));
  if (clash) throw new Error(`writeOutputs: refusing to write ${clash}: it is one of the audited photos`);
  await mkdir(dir, { recursive: true });
  const rendered = await renderOutputs(cv, inputs, { ...options, display: false });
  const written: string[] = [];
  // In render order: the reports come last.
  for (const [name, data] of rendered) {
    await writeFileAtomic(join(dir, name), data);
    written.push(name);
  }
  return written;
}
