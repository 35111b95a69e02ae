/**
 * The pair named on the command line: `fairshot-app BEFORE AFTER` (packaged) or `electron . BEFORE AFTER`
 * (development). Switches (Chromium's and ours) are skipped; anything but exactly two photos means none.
 */
import { resolve } from 'node:path';

/**
 * @param argv process.argv (or the argv a second instance passed on)
 * @param defaultApp process.defaultApp: true when run as `electron <app>`, whose argv[1] is the app folder
 * @param cwd the folder relative paths are resolved against (a second instance's working directory)
 */
export function initialPairFromArgv(
  argv: readonly string[],
  defaultApp: boolean,
  cwd: string,
): { before: string; after: string } | null {
  const args = argv.slice(defaultApp ? 2 : 1).filter((a) => !a.startsWith('-'));
  const [before, after] = args;
  if (args.length !== 2 || before === undefined || after === undefined) return null;
  return { before: resolve(cwd, before), after: resolve(cwd, after) };
}
