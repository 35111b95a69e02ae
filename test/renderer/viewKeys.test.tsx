// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App.js';
import { fakeApi, sampleAnalysis, stubBrowser } from './fakeApi.js';

beforeEach(stubBrowser);
afterEach(cleanup);

const selected = (): string | undefined =>
  screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true')?.textContent ??
  undefined;

describe('view switching', () => {
  it('switches the compare view with keys 1-5 and ignores keys typed into a field', async () => {
    render(<App api={fakeApi()} />);
    await screen.findByTestId('verdict');
    // The compare area follows the verdict in a later render (App's useDeferredValue).
    await screen.findAllByRole('tab');
    expect(selected()).toMatch(/^Side by side/);
    const cases: [string, RegExp, string][] = [
      ['2', /^Swipe/, 'Divider'],
      ['3', /^Onion skin/, 'After opacity'],
      ['4', /^Flicker/, 'Rate'],
      ['5', /^Difference/, ''],
      ['1', /^Side by side/, ''],
    ];
    for (const [key, tab, control] of cases) {
      fireEvent.keyDown(window, { key });
      expect(selected()).toMatch(tab);
      if (control) expect(screen.getByLabelText(control)).toBeTruthy();
    }
    expect(screen.getAllByRole('group', { name: /^(Before|After)/ })).toHaveLength(2);
    const slider = screen.getByLabelText('Aligned');
    fireEvent.keyDown(slider, { key: '3' });
    expect(selected()).toMatch(/^Side by side/);
  });

  it('zooms with + and - and fits with 0; the side-by-side panes share one transform', async () => {
    render(<App api={fakeApi()} />);
    await screen.findByTestId('verdict');
    fireEvent.keyDown(window, { key: '+' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByRole('button', { name: /reset to fit/ }).textContent).toBe('125%');
    const [a, b] = screen.getAllByTestId(/^content-/);
    expect(a?.style.transform).toContain('translate(60px, 0px)');
    expect(a?.style.transform.split(' scale')[0]).toBe(b?.style.transform.split(' scale')[0]);
    fireEvent.keyDown(window, { key: '0' });
    expect(screen.getByRole('button', { name: /reset to fit/ }).textContent).toBe('100%');
  });

  it('holding Space in the flicker view shows the after photo until it is released', async () => {
    render(<App api={fakeApi()} />);
    await screen.findByTestId('verdict');
    // The compare views, then their images, follow the verdict in later renders.
    await screen.findAllByRole('tab');
    fireEvent.keyDown(window, { key: '4' });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByAltText(/^After, aligned/);
    const after = (): HTMLElement => screen.getByAltText(/^After, aligned/);
    expect(after().style.visibility).toBe('hidden');
    fireEvent.keyDown(window, { key: ' ' });
    expect(after().style.visibility).toBe('visible');
    fireEvent.keyUp(window, { key: ' ' });
    expect(after().style.visibility).toBe('hidden');
  });

  it('says prominently when alignment failed and shows the photos as shot only', async () => {
    const failed = sampleAnalysis((a) => {
      a.report.alignment = {
        ...a.report.alignment,
        status: 'failed',
        reason: 'no matching features',
        matrix: null,
      };
      a.images = ['before', 'after'];
    });
    render(<App api={fakeApi({ analyze: () => Promise.resolve(failed) })} />);
    const banner = await screen.findByTestId('alignment-failed');
    expect(banner.textContent).toContain('Alignment failed.');
    expect(banner.textContent).toContain('No matching features. Showing the photos as shot.');
    const aligned = screen.getByLabelText('Aligned') as HTMLInputElement;
    expect(aligned.disabled).toBe(true);
    expect(aligned.checked).toBe(false);
    expect(await screen.findByAltText(/^After, as shot/)).toBeTruthy();
    await act(async () => fireEvent.keyDown(window, { key: '5' }));
    expect(screen.getByText(/No difference map/)).toBeTruthy();
  });
});
