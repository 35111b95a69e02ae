import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cv } from '../../../shared/analysis/cv.js';
import { loadSplitOpenCv } from '../../../main/engine/opencv.js';
import { splitOpenCv } from '../../../scripts/lib/splitOpenCv.js';

const require = createRequire(import.meta.url);
const packaged = join(require.resolve('@techstark/opencv-js/package.json'), '..', 'dist', 'opencv.js');

/** The package as shipped, in this process, without the process handlers its glue installs. */
function loadPackaged(): Promise<Cv> {
  const had = new Set(process.listeners('uncaughtException'));
  const had2 = new Set(process.listeners('unhandledRejection'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emscripten module is untyped
  const mod: any = require('@techstark/opencv-js');
  for (const l of process.listeners('uncaughtException'))
    if (!had.has(l)) process.off('uncaughtException', l);
  for (const l of process.listeners('unhandledRejection'))
    if (!had2.has(l)) process.off('unhandledRejection', l);
  return new Promise((resolve) => {
    const done = () => {
      delete mod.then;
      resolve(mod as Cv);
    };
    if (typeof mod.Mat === 'function') done();
    else mod.onRuntimeInitialized = done;
  });
}

/** ORB keypoints and descriptors of a deterministic textured image, as plain numbers. */
function orbOf(cv: Cv): { points: number[]; descriptors: number[] } {
  const img = new cv.Mat(240, 320, cv.CV_8UC1);
  let seed = 12345;
  for (let i = 0; i < img.data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    img.data[i] = (seed >> 16) & 0xff;
  }
  const blurred = new cv.Mat();
  cv.GaussianBlur(img, blurred, new cv.Size(5, 5), 1.2);
  const orb = new cv.ORB(300);
  const kps = new cv.KeyPointVector();
  const desc = new cv.Mat();
  const mask = new cv.Mat();
  orb.detectAndCompute(blurred, mask, kps, desc);
  const points: number[] = [];
  for (let i = 0; i < kps.size(); i++) {
    const k = kps.get(i);
    points.push(k.pt.x, k.pt.y, k.size, k.angle);
  }
  const descriptors = Array.from(desc.data);
  for (const m of [img, blurred, orb, kps, desc, mask]) m.delete();
  return { points, descriptors };
}

describe('splitOpenCv', () => {
  it('takes the inline wasm out and leaves a glue without code generation in its init path', async () => {
    const { wasm, glue } = splitOpenCv(await readFile(packaged, 'utf8'));
    expect(Array.from(wasm.subarray(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]); // "\0asm"
    expect(wasm.length).toBeGreaterThan(5e6);
    expect(glue.length).toBeLessThan(400_000);
    expect(glue).not.toContain('new Function');
    expect(glue).not.toContain('base64,AGFzbQ');
  });

  it('refuses a script whose patched functions are not the ones it was written for', async () => {
    const source = await readFile(packaged, 'utf8');
    const tampered = source.replace(
      'function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc){var argCount',
      'function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc){let argCount',
    );
    expect(tampered).not.toBe(source);
    expect(() => splitOpenCv(tampered)).toThrow(/craftInvokerFunction/);
    expect(() => splitOpenCv('var x = 1;')).toThrow(/inline wasm/);
  });
});

describe('loadSplitOpenCv', () => {
  let dir: string;
  let split: Cv;
  let shipped: Cv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fairshot-opencv-'));
    const { wasm, glue } = splitOpenCv(await readFile(packaged, 'utf8'));
    await writeFile(join(dir, 'opencv.wasm'), wasm);
    await writeFile(join(dir, 'opencv.cjs'), glue);
    split = await loadSplitOpenCv(join(dir, 'opencv.cjs'), join(dir, 'opencv.wasm'));
    shipped = await loadPackaged();
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is a separate module that computes exactly what the package as shipped computes', () => {
    expect(split).not.toBe(shipped);
    expect(split.getBuildInformation()).toBe(shipped.getBuildInformation());
    const a = orbOf(split);
    const b = orbOf(shipped);
    expect(a.points.length).toBeGreaterThan(100 * 4);
    expect(a).toEqual(b);
  });

  it('keeps the bindings checks: a wrong argument count is refused, not passed on to C++', () => {
    const m = new split.Mat(4, 4, split.CV_8UC1);
    expect(() => (m as unknown as { roi(): void }).roi()).toThrow(/called with 0 arguments, expected 1/);
    m.delete();
  });

  it('reports a wasm that cannot be compiled as an error naming the file', async () => {
    await writeFile(join(dir, 'broken.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d, 9, 9]));
    await writeFile(join(dir, 'broken.cjs'), splitOpenCv(await readFile(packaged, 'utf8')).glue);
    await expect(loadSplitOpenCv(join(dir, 'broken.cjs'), join(dir, 'broken.wasm'))).rejects.toThrow(
      /broken\.wasm/,
    );
  });
});
