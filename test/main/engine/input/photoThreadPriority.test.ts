import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPhotoOffThread } from '../../../../main/engine/input/photoThread.js';
import { cameraJpeg } from '../../../../bench/lib/provenanceCases.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import { tempFolder } from './fixtures.js';

/** Nice value of every thread of this process, by thread id (Linux /proc). */
function niceByThread(): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
    out.set(t, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

let folder: Awaited<ReturnType<typeof tempFolder>>;
let file: string;
beforeAll(async () => {
  folder = await tempFolder();
  const r = renderScalp({ seed: 6 });
  file = await folder.put(
    'camera.jpg',
    await cameraJpeg({ width: r.width, height: r.height, data: r.data }, 90),
  );
});
afterAll(() => folder.done());

describe.skipIf(!existsSync('/proc/thread-self'))('the photo thread', () => {
  it('measures provenance at a lower priority than the thread that audits, which keeps its own', async () => {
    const self = readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0]!;
    const before = niceByThread();
    const photo = await readPhotoOffThread(file, { provenance: true, workMaxSide: 256 });
    await photo.pendingProvenance;
    const after = niceByThread();
    expect(after.get(self)).toBe(before.get(self));
    const lowered = [...after].filter(([t, n]) => n === (before.get(self) as number) + 10 && !before.has(t));
    expect(lowered.length + [...after].filter(([t, n]) => before.has(t) && n !== before.get(t)).length).toBe(
      1,
    );
  });
});
