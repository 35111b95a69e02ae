// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App.js';
import { fakeApi, stubBrowser } from './fakeApi.js';

beforeEach(stubBrowser);
afterEach(cleanup);

describe('flags panel', () => {
  it('opens the initial pair at once and shows the verdict with every flag measured against its threshold', async () => {
    const api = fakeApi();
    render(<App api={api} />);
    const verdict = await screen.findByTestId('verdict');
    expect(api.analyze).toHaveBeenCalledWith(
      { before: 'photo-before', after: 'photo-after', manual: null, referenceRect: null },
      expect.anything(),
    );
    expect(verdict.textContent).toContain('70');
    expect(verdict.textContent).toContain('caution');
    expect(verdict.className).toContain('tone-warning');

    const exposure = screen.getByTestId('flag-light.exposure');
    expect(within(exposure).getByTestId('measured').textContent).toBe('0.49 EV');
    expect(within(exposure).getByTestId('threshold').textContent).toBe('warning ≥ 0.4 EV, critical ≥ 1.2 EV');
    const focus = screen.getByTestId('flag-image.focus');
    expect(within(focus).getByTestId('measured').textContent).toBe('74%');
    expect(within(focus).getByTestId('threshold').textContent).toBe('warning ≤ 75%, critical ≤ 35%');
  });

  it('shows why and the threshold origin, and draws the region on both photos, when a flag is selected', async () => {
    render(<App api={fakeApi()} />);
    const focus = await screen.findByTestId('flag-image.focus');
    expect(screen.queryAllByTestId('flag-region')).toHaveLength(0);
    fireEvent.click(within(focus).getByRole('button'));
    expect(within(focus).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(focus.textContent).toContain('Blur erases single fine hairs');
    expect(focus.textContent).toContain('Calibration (npm run bench');
    // Side by side: the region (before frame, full-resolution px) on the before and the aligned after.
    const regions = screen.getAllByTestId('flag-region');
    expect(regions).toHaveLength(2);
    expect(regions[0]?.getAttribute('points')).toBe('400,600 800,600 800,900 400,900');
    // The overlay's viewBox is the full-resolution frame, so display scaling is the SVG's job.
    expect(regions[0]?.closest('svg')?.getAttribute('viewBox')).toBe('0 0 1600 1200');
    // Selecting it again clears it.
    fireEvent.click(within(focus).getByRole('button'));
    expect(screen.queryAllByTestId('flag-region')).toHaveLength(0);
  });

  it('maps the region into the after photo as shot through the inverse alignment', async () => {
    render(<App api={fakeApi()} />);
    const focus = await screen.findByTestId('flag-image.focus');
    // The compare area (with its toggles) follows the flags in a later render.
    fireEvent.click(await screen.findByLabelText('Aligned'));
    fireEvent.click(within(focus).getByRole('button'));
    const regions = screen.getAllByTestId('flag-region');
    expect(regions).toHaveLength(2);
    const after = regions[1]?.getAttribute('points')?.split(' ')[0]?.split(',').map(Number) ?? [];
    // (400, 600) in the before photo is about (365, 540) in the after photo for the sample's matrix.
    expect(after[0]).toBeGreaterThan(300);
    expect(after[0]).toBeLessThan(450);
    expect(after[0]).not.toBe(400);
  });
});
