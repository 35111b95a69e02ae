/**
 * `fairshot audit BEFORE AFTER [--json] [--out DIR] [--rect X,Y,W,H]`, and
 * `fairshot audit COMPOSITE ...`: one image holding both photos (or several cases) is split and audited.
 */
import type { AuditResult } from '../engine/auditPair.js';
import { PhotoError } from '../engine/input/PhotoError.js';
import type { Io } from './index.js';
import { formatReport } from './formatReport.js';
import { parseCommandArgs, parseRect } from './parseCommandArgs.js';
import { progressBar } from './progressBar.js';
import { UsageError } from './UsageError.js';

const OPTIONS = { json: { type: 'boolean' }, out: { type: 'string' }, rect: { type: 'string' } } as const;

/** Two paths: a pair; one path: a composite. Anything else is a usage error naming both forms. */
function parse(args: readonly string[]) {
  try {
    return parseCommandArgs(args, OPTIONS, 2, 'audit');
  } catch (two) {
    try {
      return parseCommandArgs(args, OPTIONS, 1, 'audit');
    } catch {
      const m = two instanceof Error ? two.message : String(two);
      throw new UsageError(
        m.startsWith('audit: expected')
          ? m.replace(/expected 2 paths/, 'expected BEFORE AFTER or one COMPOSITE')
          : m,
      );
    }
  }
}

export async function auditCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args);
  const bar = io.stderrIsTty && !values.json ? progressBar(io, 'auditing') : null;
  const options = {
    out: values.out ?? null,
    referenceRect: parseRect(values.rect),
    onProgress: bar ? (f: number, stage: string) => bar.update(f, stage) : undefined,
  };
  try {
    let results: AuditResult[];
    if (positionals.length === 2) {
      const { auditPair } = await import('../engine/auditPair.js');
      results = [await auditPair(positionals[0] as string, positionals[1] as string, options)];
    } else {
      const { auditComposite } = await import('../engine/composite/auditComposite.js');
      results = await auditComposite(positionals[0] as string, options);
    }
    bar?.done();
    // One report: one JSON document, as for a pair. Several cases: one report per line (NDJSON).
    if (values.json) for (const { report } of results) io.stdout(`${JSON.stringify(report)}\n`);
    else {
      results.forEach(({ report, written }, i) => {
        if (i > 0) io.stdout('\n');
        io.stdout(formatReport(report));
        if (written.length > 0)
          io.stdout(`\nWritten to ${writtenTo(values.out, results.length, i)}: ${written.join(', ')}\n`);
      });
    }
    return 0;
  } catch (err) {
    bar?.done();
    if (err instanceof PhotoError) {
      io.stderr(`fairshot: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

function writtenTo(out: string | undefined, cases: number, i: number): string {
  return cases > 1 ? `${out}/pair-${i + 1}` : `${out}`;
}
