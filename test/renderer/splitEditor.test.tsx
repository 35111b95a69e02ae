// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Split, SplitProposal } from '../../shared/contract/api.js';
import { SplitProposalSchema } from '../../shared/contract/api.js';
import { App } from '../../renderer/components/App.js';
import { fakeApi, sampleAnalysis, stubBrowser } from './fakeApi.js';

/** A 1200x500 composite: two 560x460 panels side by side with a 40 px band around and between them. */
function sideBySide(): SplitProposal {
  return SplitProposalSchema.parse({
    photo: { id: 'up-galleryjpg', name: 'gallery.jpg' },
    width: 1200,
    height: 500,
    split: {
      layout: { rows: 1, cols: 2 },
      panels: [
        { index: 0, rect: [20, 20, 560, 460], caption: null },
        { index: 1, rect: [620, 20, 560, 460], caption: null },
      ],
      pairs: [{ before: 0, after: 1 }],
      pair: 0,
      order: { from: 'reading', note: 'no captions read: left is taken as before' },
      confidence: 0.9,
    },
    reason: 'Panels found from the plain bands between them.',
  });
}

/** Two cases stacked: panels 1-2 on the top row, 3-4 on the bottom one. */
function grid(): SplitProposal {
  const p = sideBySide();
  return {
    ...p,
    height: 1000,
    split: {
      ...(p.split as Split),
      layout: { rows: 2, cols: 2 },
      panels: [
        { index: 0, rect: [20, 20, 560, 460], caption: null },
        { index: 1, rect: [620, 20, 560, 460], caption: null },
        { index: 2, rect: [20, 520, 560, 460], caption: null },
        { index: 3, rect: [620, 520, 560, 460], caption: null },
      ],
      pairs: [
        { before: 0, after: 1 },
        { before: 2, after: 3 },
      ],
    },
  };
}

beforeEach(stubBrowser);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function dropOne(api: ReturnType<typeof fakeApi>, name = 'gallery.jpg'): Promise<void> {
  render(<App api={api} />);
  await screen.findByTestId('verdict');
  const file = new File([new Uint8Array([1, 2, 3])], name, { type: 'image/jpeg' });
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
}

function lastRequest(api: ReturnType<typeof fakeApi>): Record<string, unknown> {
  const calls = vi.mocked(api.analyze).mock.calls;
  return calls[calls.length - 1]?.[0] as Record<string, unknown>;
}

describe('the split editor', () => {
  it('shows the proposed split, swaps the order on request and audits the composite as corrected', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    await screen.findByTestId('split-figure');
    expect(api.proposeSplit).toHaveBeenCalledWith('up-galleryjpg');
    await waitFor(() =>
      expect(document.querySelector('[data-testid="split-figure"] image')?.getAttribute('href')).toMatch(
        /^blob:/,
      ),
    );
    expect(api.preview).toHaveBeenCalledWith('up-galleryjpg');
    expect(screen.getByTestId('panel-0').getAttribute('data-role')).toBe('before');
    expect(screen.getByTestId('panel-1').getAttribute('data-role')).toBe('after');
    expect(screen.getByTestId('split-order').textContent).toBe(
      'Cut from gallery.jpg: panel 1 (left) before, panel 2 (right) after; order from reading order, not captions.',
    );
    expect(screen.getByTestId('split-summary').textContent).toMatch(/confidence 0\.90/);

    fireEvent.click(screen.getByRole('button', { name: 'Swap before and after' }));
    expect(screen.getByTestId('panel-0').getAttribute('data-role')).toBe('after');
    expect(screen.getByTestId('split-order').textContent).toMatch(
      /panel 2 \(right\) before, panel 1 \(left\) after; order set by hand/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(api.analyze).toHaveBeenCalledTimes(2));
    const req = lastRequest(api);
    expect(req).toMatchObject({
      composite: 'up-galleryjpg',
      split: { pairs: [{ before: 1, after: 0 }], pair: 0, order: { from: 'person' } },
    });
    expect(req).not.toHaveProperty('before');
    // The compare views follow, under the panels' names.
    await waitFor(() => expect(screen.queryByTestId('split-figure')).toBeNull());
    expect(document.querySelector('.pair-name')?.textContent).toBe(
      'gallery.jpg, panel 2 (right) → gallery.jpg, panel 1 (left)',
    );
  });

  it('offers a pasted image to the splitter too', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    render(<App api={api} />);
    await screen.findByTestId('verdict');
    const paste = new Event('paste', { cancelable: true });
    const image = new File([new Uint8Array([1])], 'image.png', { type: 'image/png' });
    Object.defineProperty(paste, 'clipboardData', { value: { files: [image] } });
    window.dispatchEvent(paste);
    await screen.findByTestId('split-figure');
    expect(api.upload).toHaveBeenCalledWith('image.png', expect.any(Uint8Array));
    expect(api.proposeSplit).toHaveBeenCalledWith('up-imagepng');
  });

  it('swapping twice gives the engine its order back, with its note', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    await screen.findByTestId('split-figure');
    const swap = screen.getByRole('button', { name: 'Swap before and after' });
    fireEvent.click(swap);
    fireEvent.click(swap);
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(api.analyze).toHaveBeenCalledTimes(2));
    expect(lastRequest(api)).toMatchObject({
      split: { pairs: [{ before: 0, after: 1 }], order: { from: 'reading' } },
    });
  });

  it('moves a panel edge with the arrow keys, kept inside the image', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    const right = await screen.findByTestId('edge-0-right');
    expect(right.getAttribute('aria-valuenow')).toBe('580');
    // One step is 1/400 of the long side (3 px here); Shift moves ten steps.
    fireEvent.keyDown(right, { key: 'ArrowLeft' });
    expect(right.getAttribute('aria-valuenow')).toBe('577');
    fireEvent.keyDown(right, { key: 'ArrowLeft', shiftKey: true });
    expect(right.getAttribute('aria-valuenow')).toBe('547');
    const top = screen.getByTestId('edge-1-top');
    for (let i = 0; i < 5; i++) fireEvent.keyDown(top, { key: 'ArrowUp', shiftKey: true });
    expect(top.getAttribute('aria-valuenow')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(api.analyze).toHaveBeenCalledTimes(2));
    const split = (lastRequest(api).split as Split).panels;
    expect(split[0]?.rect).toEqual([20, 20, 527, 460]);
    expect(split[1]?.rect).toEqual([620, 0, 560, 480]);
  });

  it('drags an edge with the pointer, through the letterboxed fit of the image', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    const svg = await screen.findByTestId('split-figure');
    // The figure is 600x400 on screen at (100, 50): the 1200x500 image fits at scale 0.5, 150 px box
    // above and below it... (400 - 250) / 2 = 75 px letterbox at the top.
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
      left: 100,
      top: 50,
      width: 600,
      height: 400,
      x: 100,
      y: 50,
      right: 700,
      bottom: 450,
      toJSON: () => ({}),
    } as DOMRect);
    const grip = screen.getByTestId('edge-1-left');
    fireEvent.pointerDown(grip, { clientX: 410, clientY: 200, pointerId: 1, button: 0 });
    // Client x 400 is image x (400 - 100) / 0.5 = 600.
    fireEvent.pointerMove(svg, { clientX: 400, clientY: 200, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 400, clientY: 200, pointerId: 1 });
    expect(grip.getAttribute('aria-valuenow')).toBe('600');
    const bottom = screen.getByTestId('edge-0-bottom');
    fireEvent.pointerDown(bottom, { clientX: 200, clientY: 305, pointerId: 1, button: 0 });
    // Client y 300 is image y (300 - 50 - 75) / 0.5 = 350.
    fireEvent.pointerMove(svg, { clientX: 200, clientY: 300, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 200, clientY: 300, pointerId: 1 });
    expect(bottom.getAttribute('aria-valuenow')).toBe('350');
    // Moves after the release do nothing.
    fireEvent.pointerMove(svg, { clientX: 150, clientY: 100, pointerId: 1 });
    expect(bottom.getAttribute('aria-valuenow')).toBe('350');
  });

  it('picks the case to audit when the grid holds several', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(grid())) });
    await dropOne(api);
    const pick = await screen.findByRole('combobox', { name: 'Case to audit' });
    fireEvent.change(pick, { target: { value: '1' } });
    expect(screen.getByTestId('panel-2').getAttribute('data-role')).toBe('before');
    expect(screen.getByTestId('panel-0').getAttribute('data-role')).toBe('other');
    expect(screen.getByTestId('split-order').textContent).toMatch(
      /^Cut from gallery\.jpg: case 2 of 2, panel 3 \(row 2, column 1\) before, panel 4 \(row 2, column 2\) after/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(api.analyze).toHaveBeenCalledTimes(2));
    expect(lastRequest(api)).toMatchObject({ split: { pair: 1 } });
  });

  it('"this is one photo" makes the image the before photo, and the next one its after', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    fireEvent.click(await screen.findByRole('button', { name: 'This is one photo' }));
    expect(screen.queryByTestId('split-figure')).toBeNull();
    await screen.findByText('gallery.jpg is the before photo. Now add the after photo.');
    const next = new File([new Uint8Array([4])], 'later.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [next] } });
    await waitFor(() => expect(api.analyze).toHaveBeenCalledTimes(2));
    expect(lastRequest(api)).toMatchObject({ before: 'up-galleryjpg', after: 'up-laterjpg' });
    // The second photo of a pair is not offered to the splitter.
    expect(api.proposeSplit).toHaveBeenCalledTimes(1);
  });

  it('says in one line when the image is not a composite, and waits for the after photo', async () => {
    const api = fakeApi();
    await dropOne(api, 'crown.jpg');
    await screen.findByText(
      'crown.jpg is not a composite (no separating band found). crown.jpg is the before photo. Now add the after photo.',
    );
    expect(screen.queryByTestId('split-figure')).toBeNull();
  });

  it('keeps the editor and its corrections when the audit fails, with the error line', async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    vi.mocked(api.analyze).mockRejectedValueOnce(new Error('gallery.jpg: panel 1 is not inside the image'));
    fireEvent.click(await screen.findByRole('button', { name: 'Swap before and after' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/panel 1 is not inside/));
    expect(screen.getByTestId('panel-0').getAttribute('data-role')).toBe('after');
  });

  it("shows the audit's progress with a Cancel that stops it and keeps the editor", async () => {
    const api = fakeApi({ proposeSplit: vi.fn(() => Promise.resolve(sideBySide())) });
    await dropOne(api);
    await screen.findByTestId('split-figure');
    vi.mocked(api.analyze).mockImplementationOnce(
      (_req, opts) =>
        new Promise((_resolve, reject) => {
          opts?.onProgress?.({ fraction: 0.4, stage: 'register' });
          opts?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByText(/Analyzing… register 40%/);
    // While it runs, the split cannot be changed under it.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Compare' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Analysis cancelled.');
    expect(screen.getByTestId('split-figure')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Compare' }).disabled).toBe(false);
  });

  it('states the composite facts beside the verdict of a composite audit', async () => {
    const p = sideBySide();
    const composite = {
      source: { path: 'gallery.jpg', name: 'gallery.jpg', sha256: 'ab', width: 1200, height: 500 },
      ...(p.split as Split),
    };
    const api = fakeApi({
      analyze: vi.fn(() => Promise.resolve(sampleAnalysis((a) => (a.report.composite = composite)))),
    });
    render(<App api={api} />);
    const facts = await screen.findByTestId('composite-facts');
    expect(facts.textContent).toMatch(
      /^Cut from gallery\.jpg: panel 1 \(left\) before, panel 2 \(right\) after; order from reading order, not captions\./,
    );
    expect(facts.textContent).toContain('no captions read: left is taken as before');
  });
});
