import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../main/engine/input/sniffFormat.js';

/** An ISO BMFF file start: an ftyp box with a major brand and compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size + 8);
  box.writeUInt32BE(size, 0);
  box.write(`ftyp${major}\0\0\0\0${compatible.join('')}`, 4, 'latin1');
  return box;
}

describe('sniffFormat', () => {
  it('routes HEIF by codec brand: HEVC to the HEIC decoder, AV1 to sharp', () => {
    expect(sniffFormat(ftyp('heic', 'mif1', 'heic'))).toEqual({ kind: 'photo', format: 'heic' });
    expect(sniffFormat(ftyp('heix', 'mif1'))).toEqual({ kind: 'photo', format: 'heic' });
    expect(sniffFormat(ftyp('mif1', 'mif1', 'heic'))).toEqual({ kind: 'photo', format: 'heic' });
    expect(sniffFormat(ftyp('avif', 'mif1', 'miaf'))).toEqual({ kind: 'photo', format: 'avif' });
    expect(sniffFormat(ftyp('mif1', 'mif1', 'avif', 'miaf'))).toEqual({ kind: 'photo', format: 'avif' });
  });

  it('names files that are not photos it reads', () => {
    expect(sniffFormat(ftyp('isom', 'mp41'))).toMatchObject({ what: 'a video file, not a photo' });
    expect(sniffFormat(ftyp('crx ', 'CR3 '))).toMatchObject({ what: expect.stringMatching(/CR3/) });
    const cr2 = Buffer.from('II*\0\x10\0\0\0CR\x02\0', 'latin1');
    expect(sniffFormat(cr2)).toMatchObject({ what: expect.stringMatching(/CR2/) });
    expect(sniffFormat(Buffer.from('GIF89a\x01\0\x01\0', 'latin1'))).toEqual({
      kind: 'photo',
      format: 'gif',
    });
    expect(sniffFormat(Buffer.from('héllo wörld, plain UTF-8 text\n'))).toMatchObject({
      what: 'a text file, not an image',
    });
    expect(sniffFormat(Buffer.from('<!doctype html><html></html>'))).toMatchObject({
      what: expect.stringMatching(/HTML/),
    });
  });
});
