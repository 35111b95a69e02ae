/** Parses a command's arguments with node:util, turning its errors into UsageError. */
import { parseArgs } from 'node:util';
import { UsageError } from './UsageError.js';

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseCommandArgs<S extends Spec>(
  args: readonly string[],
  options: S,
  positionals: number,
  what: string,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      `${what}: expected ${positionals} path${positionals === 1 ? '' : 's'}, got ${parsed.positionals.length}`,
    );
  }
  return parsed;
}

/** Parses "X,Y,W,H" (before-photo pixels). */
export function parseRect(s: string | undefined): [number, number, number, number] | null {
  if (s === undefined) return null;
  const v = s.split(',').map(Number);
  if (v.length !== 4 || !v.every((n) => Number.isFinite(n) && n >= 0) || v[2] === 0 || v[3] === 0) {
    throw new UsageError(`--rect: expected X,Y,W,H in before-photo pixels with W and H above 0, got "${s}"`);
  }
  return v as [number, number, number, number];
}
