// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coverageReport } from '../../shared/analysis/hair/coverageReport.js';
import type { CoverageMeasure } from '../../shared/analysis/hair/types.js';
import type { AuditReport, Flag } from '../../shared/contract/report.js';
import { CoverageCard } from '../../renderer/components/CoverageCard.js';
import { FlagsPanel } from '../../renderer/components/FlagsPanel.js';
import { sampleAnalysis } from './fakeApi.js';

afterEach(cleanup);

const MEASURE: CoverageMeasure = {
  rect: null,
  before: 0.312,
  after: 0.347,
  uncertainty: 0.006,
  samples: 9e4,
};
const STYLING: Flag = {
  id: 'hair.styling',
  severity: 'warning',
  label: 'Combed or parted differently',
  message: 'Strands lie differently.',
  measured: { value: 31, unit: 'deg' },
  threshold: { warning: 22, critical: null, direction: 'above', unit: 'deg', origin: 'test' },
  why: 'A different parting shows different scalp.',
  detector: 'hair.styling@1',
  region: null,
};

/** The sample report with a coverage made by the pipeline's own coverageReport. */
function report(measure: CoverageMeasure | null, flags: Flag[] = []): AuditReport {
  const r = sampleAnalysis().report;
  const { coverage: _, ...rest } = r;
  if (!measure) return { ...rest, flags };
  const outline: [number, number][] = [
    [0, 0],
    [r.before.width, 0],
    [r.before.width, r.before.height],
    [0, r.before.height],
  ];
  const work = { width: r.before.width, height: r.before.height };
  return { ...rest, flags, coverage: coverageReport(measure, flags, outline, r.before, work) };
}

describe('CoverageCard', () => {
  it('shows both shares and the change with its uncertainty when comparable', () => {
    render(<CoverageCard report={report(MEASURE)} />);
    const card = screen.getByRole('region', { name: 'Scalp coverage' });
    expect(within(card).getByText('31.2%')).toBeTruthy();
    expect(within(card).getByText('34.7%')).toBeTruthy();
    expect(screen.getByTestId('coverage-change').textContent).toBe('+3.5% ± 0.6%');
    expect(card.textContent).toMatch(/More scalp shows in the after photo/);
  });

  it('gives the reason instead of a change when a hair flag makes it not comparable', () => {
    render(<CoverageCard report={report(MEASURE, [STYLING])} />);
    expect(screen.getByTestId('coverage-change').textContent).toBe('not comparable');
    expect(screen.getByRole('note').textContent).toMatch(/^Not comparable: combing or parting changed/);
    expect(screen.getByTestId('coverage').textContent).not.toMatch(/±|\+3\.5/);
  });

  it('shows no shares when the region held nothing both photos show', () => {
    render(<CoverageCard report={report({ ...MEASURE, rect: [0, 0, 8, 8], uncertainty: 1, samples: 0 })} />);
    expect(screen.queryByTestId('coverage-change')).toBeNull();
    expect(screen.getByRole('note').textContent).toBe('The region holds no pixels both photos show.');
  });

  it('says coverage was not measured without an aligned pair', () => {
    render(<CoverageCard report={report(null)} />);
    expect(screen.getByTestId('coverage').textContent).toMatch(
      /Not measured: the photos could not be aligned/,
    );
  });

  it('sits between the verdict and the flags in the panel', () => {
    render(<FlagsPanel report={report(MEASURE)} selected={null} onSelect={() => undefined} />);
    const order = [screen.getByTestId('verdict'), screen.getByTestId('coverage'), screen.getByRole('list')];
    expect(order[0]!.compareDocumentPosition(order[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(order[1]!.compareDocumentPosition(order[2]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
