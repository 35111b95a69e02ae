import { describe, expect, it } from 'vitest';
import { loadOpenCv } from '../../../main/engine/opencv.js';

describe('loadOpenCv', () => {
  it('loads the 4.12 build once and exposes the registration tools', async () => {
    const cv = await loadOpenCv();
    expect(cv.getBuildInformation()).toContain('4.12.0');
    expect(typeof (cv as unknown as Record<string, unknown>).AKAZE).toBe('function');
    expect(typeof cv.findTransformECC).toBe('function');
    expect(await loadOpenCv()).toBe(cv);
  });

  it('leaves no process-wide error handlers behind (the emscripten glue installs some)', async () => {
    await loadOpenCv();
    const leaked = [
      ...process.listeners('uncaughtException'),
      ...process.listeners('unhandledRejection'),
    ].filter((l) => /ExitStatus|abort/.test(String(l)));
    expect(leaked).toEqual([]);
  });
});
