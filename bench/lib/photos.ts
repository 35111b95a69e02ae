/** Where the real development photos are (../shared/data/scalp-photos beside the repository), or null. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../main/engine/version.js';

export function photosDir(): string | null {
  const d = join(projectRoot(), '..', 'shared', 'data', 'scalp-photos');
  return existsSync(d) ? d : null;
}
