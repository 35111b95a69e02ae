// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App.js';
import { requestOf } from '../../renderer/lib/requestOf.js';
import { fakeApi, stubBrowser } from './fakeApi.js';

beforeEach(() => {
  stubBrowser();
  // No layout in jsdom: every pane's content box sits at (0, 0) at full size, one client px per photo px.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const w = parseFloat(this.style.width) || 0;
    const h = parseFloat(this.style.height) || 0;
    return {
      left: 0,
      top: 0,
      x: 0,
      y: 0,
      width: w,
      height: h,
      right: w,
      bottom: h,
      toJSON: () => ({}),
    } as DOMRect;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('coverage region', () => {
  it('is drawn on the before photo and sent with the next analysis', async () => {
    const api = fakeApi();
    render(<App api={api} />);
    await screen.findByTestId('verdict');
    fireEvent.click(screen.getByRole('button', { name: 'Coverage region…' }));
    // The views (and the tool drawn over them) follow the verdict one transition later (useStaged.ts):
    // under load that is after the click, so wait for the region rather than expect it at once.
    expect(await screen.findByRole('region', { name: 'Scalp coverage region' })).toBeTruthy();
    const pane = screen.getByRole('group', { name: 'Before: drag a rectangle' });
    const drag = { button: 0, pointerId: 1, pointerType: 'mouse' };
    fireEvent.pointerDown(pane, { ...drag, clientX: 300, clientY: 200 });
    fireEvent.pointerMove(pane, { ...drag, clientX: 700, clientY: 500 });
    fireEvent.pointerUp(pane, { ...drag, clientX: 700, clientY: 500 });
    fireEvent.click(screen.getByRole('button', { name: 'Use and analyze' }));
    await screen.findByTestId('verdict');
    expect(api.analyze).toHaveBeenLastCalledWith(
      expect.objectContaining({ coverageRect: [300, 200, 400, 300] }),
      expect.anything(),
    );
  });

  it('leaves the request as it was when no region is drawn', () => {
    const pair = { before: { id: 'b00001', name: 'b.jpg' }, after: { id: 'a00001', name: 'a.jpg' } };
    const base = { manual: null, referenceRect: null };
    expect(requestOf(pair, base)).toEqual({ before: 'b00001', after: 'a00001', ...base });
    expect(requestOf(pair, { ...base, coverageRect: null })).not.toHaveProperty('coverageRect');
    expect(requestOf(pair, { ...base, coverageRect: [1, 2, 3, 4] })).toMatchObject({
      coverageRect: [1, 2, 3, 4],
    });
  });
});
