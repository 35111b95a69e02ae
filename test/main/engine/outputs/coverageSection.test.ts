import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../../../shared/analysis/hair/coverageReport.js';
import type { CoverageMeasure } from '../../../../shared/analysis/hair/types.js';
import type { AuditReport, Flag } from '../../../../shared/contract/report.js';
import { coverageSection } from '../../../../main/engine/outputs/coverageSection.js';
import { reportHtml } from '../../../../main/engine/outputs/reportHtml.js';
import { formatReport } from '../../../../main/cli/formatReport.js';
import { FULL, makeReport } from './fixtures.js';

const OUTLINE: [number, number][] = [
  [10, 5],
  [630, 20],
  [620, 470],
  [0, 460],
];
const MEASURE: CoverageMeasure = {
  rect: null,
  before: 0.312,
  after: 0.347,
  uncertainty: 0.006,
  samples: 9e4,
};

/** A report whose coverage is made by the pipeline's own coverageReport from the flags given. */
function withCoverage(measure: CoverageMeasure, flags: Flag[] = []): AuditReport {
  const r = makeReport();
  return { ...r, flags, coverage: coverageReport(measure, flags, OUTLINE, r.before, FULL) };
}

const WET: Flag = {
  id: 'hair.wet',
  severity: 'warning',
  label: 'Wet or product in the hair',
  message: 'More highlights on the hair in the after photo.',
  measured: { value: 3.1, unit: 'x' },
  threshold: { warning: 2.2, critical: null, direction: 'above', unit: 'x', origin: 'test' },
  why: 'Clumped strands show more scalp.',
  detector: 'hair.wet@1',
  region: null,
};

describe('coverageSection', () => {
  it('shows both shares and the change with its uncertainty when comparable', () => {
    const html = coverageSection(withCoverage(MEASURE));
    expect(html).toContain('<th scope="row">Before</th><td>31.2 %</td>');
    expect(html).toContain('<th scope="row">After</th><td>34.7 %</td>');
    expect(html).toContain('+3.5 % ± 0.6 %');
    expect(html).toContain('everything both photos show, backdrop included');
    expect(html).not.toContain('class="failed"');
  });

  it('gives the reason instead of a change when a hair flag makes it not comparable', () => {
    const html = coverageSection(withCoverage(MEASURE, [WET]));
    expect(html).toMatch(/<p class="failed">Not comparable: wet or styled-with-product hair changed/);
    expect(html).toContain('not comparable: see above');
    expect(html).toContain('31.2 %');
    expect(html).not.toContain('±');
    expect(html).not.toContain('+3.5 %');
  });

  it('shows no shares when the region held no pixels both photos show', () => {
    const empty = { rect: [0, 0, 10, 10] as const, before: 0, after: 0, uncertainty: 1, samples: 0 };
    const html = coverageSection(withCoverage(empty));
    expect(html).toContain('The region holds no pixels both photos show.');
    expect(html).not.toContain('0 %');
  });

  it('names a drawn rectangle in before pixels', () => {
    const html = coverageSection(withCoverage({ ...MEASURE, rect: [100, 50, 200, 100] }));
    expect(html).toContain('rectangle 100, 50, 200, 100 (x, y, w, h in before px)');
  });

  it('says coverage was not measured when the pair could not be aligned', () => {
    expect(coverageSection(makeReport(true))).toMatch(/Not measured: .*could not be aligned/);
  });

  it('escapes the reason', () => {
    const r = withCoverage(MEASURE, [WET]);
    const html = coverageSection({ ...r, coverage: { ...r.coverage!, reason: '<b>x</b>' } });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('coverage in report.html and the CLI summary', () => {
  const media = { before: 'data:image/jpeg;base64,AA==', after: 'data:image/jpeg;base64,AA==' };
  const none = { aligned: null, alignedNormalized: null, flicker: null, heatmap: null };

  it('report.html carries the section', () => {
    const html = reportHtml(withCoverage(MEASURE), { ...media, ...none });
    expect(html).toContain('<h2>Scalp coverage</h2>');
    expect(html).toContain('+3.5 % ± 0.6 %');
  });

  it('the CLI prints the numbers, or why they are not comparable', () => {
    expect(formatReport(withCoverage(MEASURE))).toContain(
      'Scalp coverage: Visible scalp 31.2% before, 34.7% after (+3.5% ± 0.6%).',
    );
    const text = formatReport(withCoverage(MEASURE, [WET]));
    expect(text).toMatch(/Scalp coverage: Not comparable: wet/);
    expect(text).not.toContain('±');
  });
});
