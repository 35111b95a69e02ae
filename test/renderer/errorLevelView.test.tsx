// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageKind } from '../../shared/contract/api.js';
import { App } from '../../renderer/components/App.js';
import { fakeApi, sampleAnalysis, stubBrowser } from './fakeApi.js';

beforeEach(stubBrowser);
afterEach(cleanup);

function withMaps(kinds: ImageKind[]) {
  return sampleAnalysis((a) => {
    a.images = [...a.images, ...kinds];
    // The after photo as shot is its own size: its map must be laid out in its own frame.
    a.report.after = { ...a.report.after, width: 1200, height: 900 };
  });
}

describe('the error-level view', () => {
  it('shows both photos’ maps with key 6, each in its own frame, with the legend', async () => {
    const api = fakeApi({
      analyze: vi.fn(() => Promise.resolve(withMaps(['error-level-before', 'error-level-after']))),
    });
    render(<App api={api} />);
    await screen.findByTestId('verdict');
    fireEvent.keyDown(window, { key: '6' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Error levels/);
    await waitFor(() => expect(api.image).toHaveBeenCalledWith('analysis-1', 'error-level-after'));
    expect(api.image).toHaveBeenCalledWith('analysis-1', 'error-level-before');
    const view = screen.getByTestId('error-level-view');
    const panes = view.querySelectorAll('[role="group"]');
    expect([...panes].map((p) => p.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Error levels, before photo/),
      expect.stringMatching(/^Error levels, after photo/),
    ]);
    expect(screen.getByTestId('error-level-legend').textContent).toMatch(
      /saved again as JPEG.*proves nothing alone/,
    );
    const sizes = [...view.querySelectorAll<HTMLElement>('.pane-content')].map((c) => [
      c.style.width,
      c.style.height,
    ]);
    expect(sizes).toEqual([
      ['1600px', '1200px'],
      ['1200px', '900px'],
    ]);
    await waitFor(() => expect(view.querySelectorAll('img.layer')).toHaveLength(2));
  });

  it('shows the one map there is', async () => {
    const api = fakeApi({ analyze: vi.fn(() => Promise.resolve(withMaps(['error-level-after']))) });
    render(<App api={api} />);
    await screen.findByTestId('verdict');
    fireEvent.keyDown(window, { key: '6' });
    const panes = screen.getByTestId('error-level-view').querySelectorAll('[role="group"]');
    expect(panes).toHaveLength(1);
    expect(panes[0]?.getAttribute('aria-label')).toMatch(/^Error levels, after photo/);
  });

  it('says why there is nothing to show when neither photo has a map', async () => {
    render(<App api={fakeApi()} />);
    await screen.findByTestId('verdict');
    fireEvent.keyDown(window, { key: '6' });
    expect(screen.getByTestId('error-level-none').textContent).toMatch(/^No error-level maps for this pair/);
  });
});
