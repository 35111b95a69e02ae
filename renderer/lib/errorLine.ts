/**
 * One readable line for any error that reached the UI. Electron prefixes errors from main with
 * "Error invoking remote method '<channel>': Error: "; the person needs only what follows.
 */
export function errorLine(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : 'Something went wrong.';
  const line = raw
    .replace(/^Error invoking remote method '[^']*':\s*/, '')
    .replace(/^(\w*Error):\s*/, '')
    .split('\n')[0]
    ?.trim();
  return line ? line : 'Something went wrong.';
}
