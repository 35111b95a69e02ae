import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../../main/engine/opencv.js';
import type { Cv } from '../../../../shared/analysis/cv.js';
import type { RgbImage } from '../../../../shared/analysis/image.js';
import type { HairFields } from '../../../../shared/analysis/hair/hairFields.js';
import { flowTurn } from '../../../../shared/analysis/hair/flowTurn.js';
import { measureHair } from '../../../../shared/analysis/hair/measureHair.js';
import { meta } from '../../../../shared/analysis/detectors/hair-styling/meta.js';
import { renderScalp } from '../../../tools/renderScalp.js';
import type { ScalpParams } from '../../../tools/renderScalp.js';
import { noisyCopy } from './noisyCopy.js';

/** hair.styling's warning threshold as a share (meta.ts holds it in percent). */
const WARNING = (meta.threshold.warning as number) / 100;

/** Fields of a 64 x 64 photo whose half-size cells lie at `angle(x, y)` (cell coordinates) with `coherence`. */
function fields(angle: (x: number, y: number) => number, coherence = 0.8): HairFields {
  const tw = 32;
  const theta = new Float32Array(tw * tw);
  for (let y = 0; y < tw; y++) for (let x = 0; x < tw; x++) theta[y * tw + x] = angle(x, y) % Math.PI;
  const n = 64 * 64;
  return {
    width: 64,
    height: 64,
    gray: new Uint8Array(n),
    fine: new Float32Array(n),
    smooth: new Float32Array(n),
    tensorWidth: tw,
    theta,
    coherence: new Float32Array(tw * tw).fill(coherence),
    energy: new Float32Array(tw * tw).fill(100),
  };
}

describe('flowTurn on fields with known turns', () => {
  // At scale 1 a tile is 16 x 16 cells, so the 32 x 32 cells make 4 tiles.
  const all = new Uint8Array(64 * 64).fill(1);
  const before = fields(() => 0.3);

  it('counts the tiles whose flow turned past 20 degrees', () => {
    // One tile (the top-left 16 x 16 cells) turned by 45 deg, another by 30 deg (past 20 either way
    // round: -30 deg), one by 15 deg.
    const turn = (x: number, y: number) =>
      x < 16 && y < 16 ? Math.PI / 4 : x >= 16 && y < 16 ? -Math.PI / 6 : x < 16 ? Math.PI / 12 : 0;
    const after = fields((x, y) => 0.3 + Math.PI + turn(x, y));
    expect(flowTurn(before, after, all)).toBeCloseTo(2 / 4, 9);
  });

  it('reads a direction and its reverse as the same flow', () => {
    expect(
      flowTurn(
        before,
        fields(() => 0.3 + Math.PI - 1e-6),
        all,
      ),
    ).toBe(0);
  });

  it('compares only tiles where both photos show a flow and the region covers half the tile', () => {
    const after = fields(() => 0.3 + Math.PI / 2);
    expect(flowTurn(before, after, all)).toBe(1);
    // Cells alternating between crossed directions sum to no flow.
    const noFlow = fields((x) => (x % 2 ? 0 : Math.PI / 2));
    expect(flowTurn(before, noFlow, all)).toBe(0);
    // The region (full-size pixels) covers the left half of the photo and a sliver of the right.
    const left = new Uint8Array(64 * 64);
    for (let y = 0; y < 64; y++) left.fill(1, y * 64, y * 64 + 40);
    const rightTurned = fields((x) => 0.3 + (x >= 16 ? Math.PI / 2 : 0));
    expect(flowTurn(before, rightTurned, left)).toBe(0);
    expect(flowTurn(before, rightTurned, all)).toBe(0.5);
  });
});

describe('flowTurn through measureHair on rendered heads', () => {
  const SIZE = 384;
  const BASE: ScalpParams = {
    width: SIZE,
    height: SIZE,
    seed: 7,
    density: 32,
    strandLengthPx: 55,
    lightElevationDeg: 40,
    lightAzimuthDeg: 190,
    orientation: { kind: 'whorl', center: [0.05, -0.1], twistDeg: 40 },
  };
  const mask = new Uint8Array(SIZE * SIZE).fill(1);
  let cv: Cv;
  let before: RgbImage;
  const turned = (after: Partial<ScalpParams>, stream: number): number =>
    measureHair(cv, before, noisyCopy(renderScalp({ ...BASE, ...after }), 99, stream), mask, [1, 1, 1])
      .flowTurnedShare;

  beforeAll(async () => {
    cv = await loadOpenCv();
    before = noisyCopy(renderScalp(BASE), 99, 1);
  });

  it('stays quiet on a re-shot head and on 20% more or fewer strands', () => {
    expect(turned({}, 2)).toBeLessThan(WARNING);
    // What a treatment that works does: the renderer keeps the strands and adds or removes follicles.
    expect(turned({ density: 32 * 1.2 }, 3)).toBeLessThan(WARNING);
    expect(turned({ density: 32 * 0.8 }, 4)).toBeLessThan(WARNING);
  });

  it('fires on the hair brushed the other way round the whorl and on a new parting', () => {
    expect(
      turned({ orientation: { kind: 'whorl', center: [0.05, -0.1], twistDeg: 40 + 65 } }, 5),
    ).toBeGreaterThan(WARNING);
    expect(turned({ parting: { through: [0, 0], angleDeg: -90, gapPx: 4 } }, 6)).toBeGreaterThan(WARNING);
  });
});
