/**
 * Audits every before/after case of a gallery composite: one read and decode of the file, the panels
 * cut from it, each case through the same auditPhotos path that auditPair uses.
 */
import { join } from 'node:path';
import type { Composite, CompositeSplit } from '../../../shared/contract/composite.js';
import { splitComposite } from '../../../shared/analysis/composite/splitComposite.js';
import { auditPhotos, checkOutputFolder, type AuditPairOptions, type AuditResult } from '../auditPair.js';
import { PhotoError } from '../input/PhotoError.js';
import { loadOpenCv } from '../opencv.js';
import { checkSplit } from './checkSplit.js';
import { panelName } from './panelName.js';
import { panelSource } from './panelSource.js';
import { readComposite } from './readComposite.js';

export interface AuditCompositeOptions extends Omit<AuditPairOptions, 'displayNames'> {
  /**
   * A split to use instead of the engine's (a person's correction in the app): panels, cases and how
   * the order was decided (order.from 'person'). @default null (the engine splits)
   */
  split?: CompositeSplit | null;
  /** Name the report shows for the composite in place of its path (uploads). @default null */
  displayName?: string | null;
}

/** The cause a single photo gets: one line, the CLI prints it after the file name. */
export const NOT_A_COMPOSITE =
  'is one photo, not a composite of a before and an after: give two photos or a composite';

/**
 * One AuditResult per case, in the split's order; each report carries `composite`. With `out` and
 * several cases, each case writes into its own folder `out/pair-N`. Throws PhotoError for an unusable
 * file, for a single photo, and for a split that does not fit the image.
 */
export async function auditComposite(
  path: string,
  options: AuditCompositeOptions = {},
): Promise<AuditResult[]> {
  const progress = options.onProgress ?? (() => {});
  if (options.out) await checkOutputFolder(options.out, [path]);
  progress(0, 'read');
  const cvLoading = loadOpenCv();
  cvLoading.catch(() => undefined); // compiles while the file decodes; awaited by auditPhotos
  const composite = await readComposite(path);
  let split = options.split ?? null;
  if (split) checkSplit(path, split, composite.info.width, composite.info.height);
  else {
    progress(0.02, 'split');
    const found = splitComposite(composite.pixels);
    if (!found.isComposite) throw new PhotoError(path, NOT_A_COMPOSITE);
    split = found.split;
  }
  const shown = options.displayName ?? null;
  const source = shown ? { ...composite.source, path: shown, name: shown } : composite.source;
  const n = split.pairs.length;
  const results: AuditResult[] = [];
  for (const [i, pair] of split.pairs.entries()) {
    const name = (k: number) => panelName(source.name, split, k);
    const read = {
      workMaxSide: options.workMaxSide ?? 1024,
      provenance: options.provenance !== false,
      // As auditPair: the whole panel's error-level map only when outputs are rendered.
      errorLevelMap: Boolean(options.out || options.render),
    };
    const [before, after] = await Promise.all([
      panelSource(composite, split.panels[pair.before]!.rect, name(pair.before), read),
      panelSource(composite, split.panels[pair.after]!.rect, name(pair.after), read),
    ]);
    // Both panels keep the composite's path: that is how the pipeline knows they share one file.
    before.info.path = after.info.path = source.path;
    const report: Composite = { source, ...split, pair: i };
    results.push(
      await auditPhotos(before, after, {
        ...options,
        out: options.out ? (n > 1 ? join(options.out, `pair-${i + 1}`) : options.out) : null,
        composite: report,
        onProgress: (f, stage) => progress(0.05 + (0.95 * (i + f)) / n, stage),
      }),
    );
  }
  progress(1, 'done');
  return results;
}
