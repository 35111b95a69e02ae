import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../../main/engine/batch/checkManifest.js';
import { PhotoError } from '../../../../main/engine/input/PhotoError.js';

/** The PhotoError checkManifest throws for `bytes` written as `name`, or null when it accepts them. */
async function verdict(name: string, bytes: Uint8Array | string): Promise<PhotoError | null> {
  const path = join(await mkdtemp(join(tmpdir(), 'fairshot-manifest-')), name);
  await writeFile(path, bytes);
  return checkManifest(path).then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof PhotoError)) throw e;
      return e;
    },
  );
}

describe('checkManifest', () => {
  it('takes text, with or without a header', async () => {
    expect(await verdict('m.csv', 'before,after,label\na.jpg,b.jpg,one\n')).toBeNull();
    expect(await verdict('m.txt', '\uFEFFa.jpg,b.jpg\n')).toBeNull();
  });

  it('refuses a photo, naming its format and the audit command for one gallery image', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const e = await verdict('gallery.jpg', jpeg);
    expect(e?.message).toMatch(/gallery\.jpg: is a JPEG photo, not a manifest: .*fairshot audit FILE/);
    expect(e?.message).not.toMatch(/\n/);
  });

  it('refuses a binary file and an empty one, each in one line', async () => {
    const bin = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect((await verdict('data.csv', bin))?.message).toMatch(/^.*data\.csv: is .*, not a manifest: /);
    expect((await verdict('empty.csv', ''))?.message).toMatch(/empty\.csv: is empty, not a manifest/);
    expect((await verdict('doc.csv', '%PDF-1.7\n'))?.message).toMatch(
      /doc\.csv: is a PDF document, not a manifest/,
    );
  });

  it('refuses a file it cannot open, in one line', async () => {
    const e = await checkManifest(join(tmpdir(), 'fairshot-no-such-manifest.csv')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PhotoError);
    expect((e as PhotoError).message).toMatch(/no-such-manifest\.csv: cannot be read \(ENOENT\)/);
  });
});
