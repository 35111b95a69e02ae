/** `fairshot audit BEFORE AFTER [--json] [--out DIR] [--rect X,Y,W,H]` */
import { auditPair } from '../engine/auditPair.js';
import { PhotoError } from '../engine/input/PhotoError.js';
import type { Io } from './index.js';
import { formatReport } from './formatReport.js';
import { parseCommandArgs, parseRect } from './parseCommandArgs.js';
import { progressBar } from './progressBar.js';

export async function auditCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, out: { type: 'string' }, rect: { type: 'string' } },
    2,
    'audit',
  );
  const [before, after] = positionals as [string, string];
  const bar = io.stderrIsTty && !values.json ? progressBar(io, 'auditing') : null;
  try {
    const { report, written } = await auditPair(before, after, {
      out: values.out ?? null,
      referenceRect: parseRect(values.rect),
      onProgress: bar ? (f, stage) => bar.update(f, stage) : undefined,
    });
    bar?.done();
    if (values.json) io.stdout(`${JSON.stringify(report)}\n`);
    else {
      io.stdout(formatReport(report));
      if (written.length > 0) io.stdout(`\nWritten to ${values.out}: ${written.join(', ')}\n`);
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
