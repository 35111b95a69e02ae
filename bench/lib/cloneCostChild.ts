/**
 * One fresh process of the clone-search cost (bench/lib/cloneCost.ts): the 480-pixel gray copies of
 * the photos given (made as measureProvenance makes them), then copyMove on each in turn, as the photo
 * thread runs it on a before and an after. Prints [{ cpu, wall }] per photo as JSON. CPU is the whole
 * process's: V8 compiles and collects garbage on threads of its own, and that is part of the cost.
 *
 *   node --import tsx bench/lib/cloneCostChild.ts BEFORE.jpg AFTER.jpg
 */
import sharp from 'sharp';
import { copyMove } from '../../shared/analysis/provenance/copyMove.js';

const grays = [];
for (const file of process.argv.slice(2)) {
  const { data, info } = await sharp(file, { autoOrient: true })
    .resize(480, 480, { fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  grays.push({
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  });
}
const out = [];
for (const img of grays) {
  const c = process.cpuUsage();
  const t = performance.now();
  copyMove(img);
  const d = process.cpuUsage(c);
  out.push({ cpu: (d.user + d.system) / 1000, wall: performance.now() - t });
}
console.log(JSON.stringify(out));
