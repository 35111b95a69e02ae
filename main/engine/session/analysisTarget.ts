/**
 * What an analyze request audits, resolved from the ids the service handed out: two photo files, or the
 * two panels one composite's split names. Either way the job runs in the pool; only how it starts differs.
 */
import type { z } from 'zod';
import type { AnalyzeRequestSchema } from '../../../shared/contract/api.js';
import type { AuditResult } from '../auditPair.js';
import type { AuditPool, AuditRunExtra } from '../pool/AuditPool.js';
import type { AuditJobOptions } from '../pool/messages.js';
import { ServiceError } from './ServiceError.js';

/** A photo the service knows: where it is (main side only) and what the person calls it. */
export interface Photo {
  path: string;
  name: string;
}

export interface AnalysisTarget {
  /** The files read, for naming a bad one and for the recent pairs (the same file twice for a composite). */
  before: Photo;
  after: Photo;
  /** What the report calls the two photos. */
  names: { before: string; after: string };
  /** True for panels of a composite: not a pair the recent list can reopen. */
  composite: boolean;
  start(options: AuditJobOptions, extra: AuditRunExtra): Promise<AuditResult>;
}

export function analysisTarget(
  req: z.output<typeof AnalyzeRequestSchema>,
  photo: (id: string) => Photo,
  pool: AuditPool,
): AnalysisTarget {
  if ('composite' in req) {
    const file = photo(req.composite);
    const { pair: chosen, ...split } = req.split;
    const pair = split.pairs[chosen];
    if (!pair) throw new ServiceError('bad-input', `${file.name}: the split names no case to audit`);
    return {
      before: file,
      after: file,
      names: {
        before: `${file.name} panel ${pair.before + 1}`,
        after: `${file.name} panel ${pair.after + 1}`,
      },
      composite: true,
      // The engine audits every case a split names; the app audits the one the person picked. A
      // composite job's display images come with its result (no early onDisplay).
      start: async ({ displayNames: _, ...options }, { onDisplay: __, ...extra }) => {
        const [result] = await pool.runComposite(
          file.path,
          { ...options, displayName: file.name, split: { ...split, pairs: [pair] } },
          extra,
        );
        if (!result) throw new Error('the composite job returned no result');
        return result;
      },
    };
  }
  const before = photo(req.before);
  const after = photo(req.after);
  if (req.before === req.after) {
    throw new ServiceError('bad-input', `${before.name}: is both photos: choose two different photos`);
  }
  return {
    before,
    after,
    names: { before: before.name, after: after.name },
    composite: false,
    start: (options, extra) => pool.run(before.path, after.path, options, extra),
  };
}
