import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../../../shared/analysis/detectors/runDetectors.js';
import { cleanPair, photo, provenance } from '../detectors/cleanPair.js';

/** Two panels of one composite (same file), each with its own evidence of an earlier compression. */
function panels(before: [number, number], after: [number, number]) {
  const p = ([score, q]: [number, number]) =>
    provenance({ doubleCompression: { score, primaryQuality: q, gridOffset: null, gridStrength: 0 } });
  const one = { sha256: 'sha-composite', path: '/photos/gallery.jpg' };
  return cleanPair({
    before: photo('gallery.jpg', { ...one, provenance: p(before) }),
    after: photo('gallery.jpg', { ...one, provenance: p(after) }, { captureTime: '2026-08-01T10:00:00' }),
  });
}

describe('provenance.tables for two panels of one file', () => {
  const tables = (m: ReturnType<typeof cleanPair>) =>
    runDetectors(m).flags.find((f) => f.id === 'provenance.tables');

  it('compares the earlier qualities read from each panel', () => {
    const f = tables(panels([0.95, 60], [0.95, 85]));
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/60 \(before\) and 85 \(after\)/);
  });

  it('stays quiet when the qualities agree or were not read with evidence', () => {
    expect(tables(panels([0.95, 75], [0.95, 78]))).toBeUndefined();
    expect(tables(panels([0.3, 40], [0.95, 85]))).toBeUndefined();
  });
});

describe('provenance.tables for two files', () => {
  const flag = (b: string, a: string) =>
    runDetectors(
      cleanPair({
        before: photo('before.jpg', { provenance: provenance({ quantTables: b }) }),
        after: photo(
          'after.jpg',
          { provenance: provenance({ quantTables: a }) },
          { captureTime: '2026-08-01T10:00:00' },
        ),
      }),
    ).flags.find((f) => f.id === 'provenance.tables');

  it("counts libjpeg's standard tables at two qualities as one encoder, other tables as another", () => {
    expect(flag('ijg-q85', 'ijg-q92')).toBeUndefined();
    expect(flag('ijg-q92', '3bf689257a5b0443')?.severity).toBe('warning');
    expect(flag('3bf689257a5b0443', '3bf689257a5b0443')).toBeUndefined();
  });
});
