/** A fake Api for component tests: the sample report, images as tiny byte arrays, calls recorded. */
import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import type { Analysis, Api, EncodedImage } from '../../shared/contract/api.js';
import { AnalysisSchema } from '../../shared/contract/api.js';
import sample from './fixtures/report.json' with { type: 'json' };

export function sampleAnalysis(patch: (a: Analysis) => void = () => undefined): Analysis {
  const a = AnalysisSchema.parse({
    id: 'analysis-1',
    report: structuredClone(sample),
    images: ['before', 'after', 'aligned', 'aligned-normalized', 'difference'],
    display: { before: { width: 800, height: 600 }, after: { width: 800, height: 600 } },
  });
  patch(a);
  return a;
}

// A new result renders in stages (the verdict, then the compare views, then their images), each a React
// transition: on a loaded 2-core machine jsdom took over the default 1 s wait for the last of them.
configure({ asyncUtilTimeout: 5000 });

const PNG: EncodedImage = { mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) };

export function fakeApi(overrides: Partial<Api> = {}): Api & { [K in keyof Api]: Api[K] } {
  const before = { id: 'photo-before', name: 'before.jpg' };
  const after = { id: 'photo-after', name: 'after.jpg' };
  return {
    kind: 'http',
    initialPair: vi.fn(() => Promise.resolve({ before, after, sample: true })),
    openDialog: vi.fn(() => Promise.resolve([])),
    upload: vi.fn((name: string) => Promise.resolve({ id: `up-${name.replace(/\W/g, '')}`, name })),
    // By default a lone photo is not a composite, so it waits for its after photo.
    proposeSplit: vi.fn((id: string) =>
      Promise.resolve({
        photo: { id, name: `${id}.jpg` },
        width: 800,
        height: 600,
        split: null,
        reason: 'no separating band found',
      }),
    ),
    preview: vi.fn(() => Promise.resolve(PNG)),
    analyze: vi.fn(() => Promise.resolve(sampleAnalysis())),
    image: vi.fn(() => Promise.resolve(PNG)),
    crop: vi.fn(() => Promise.resolve(PNG)),
    exportFile: vi.fn(() => Promise.resolve({ savedAs: null })),
    recentPairs: vi.fn(() => Promise.resolve([])),
    onMenuCommand: vi.fn(() => () => undefined),
    ...overrides,
  };
}

/** jsdom has no object URLs and no layout: give it both, enough for the UI's arithmetic. */
export function stubBrowser(): void {
  let n = 0;
  URL.createObjectURL = () => `blob:fake/${++n}`;
  URL.revokeObjectURL = () => undefined;
}
