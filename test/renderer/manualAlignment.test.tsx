// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fitLandmarks } from '../../shared/analysis/register/fitLandmarks.js';
import { pt } from '../../shared/geometry/frames.js';
import { ManualAlignment } from '../../renderer/components/ManualAlignment.js';
import { sampleAnalysis, stubBrowser } from './fakeApi.js';

beforeEach(() => {
  stubBrowser();
  // No layout in jsdom: make every pane's content box sit at (0, 0) at full size, so one client pixel is
  // one photo pixel and a click at (x, y) lands on photo pixel (x, y).
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

function click(el: HTMLElement, x: number, y: number): void {
  fireEvent.pointerDown(el, { clientX: x, clientY: y, button: 0, pointerId: 1, pointerType: 'mouse' });
  fireEvent.pointerUp(el, { clientX: x, clientY: y, button: 0, pointerId: 1, pointerType: 'mouse' });
}

describe('manual alignment', () => {
  it('fits the matrix from the clicked landmarks, previews it, and accepts it in full-resolution px', () => {
    const onAccept = vi.fn();
    const urls = { before: 'blob:b', after: 'blob:a' };
    render(
      <ManualAlignment
        analysis={sampleAnalysis()}
        urls={urls}
        onAccept={onAccept}
        onCancel={() => undefined}
      />,
    );
    const beforePane = screen.getByRole('group', { name: 'Before: click landmarks' });
    const afterPane = screen.getByRole('group', { name: 'After, as shot: click landmarks' });
    const accept = screen.getByRole('button', { name: 'Accept and analyze' }) as HTMLButtonElement;

    // The after photo is the before rotated by 90 degrees about (800, 600) and shifted: known truth.
    const before: [number, number][] = [
      [400, 300],
      [1200, 350],
      [1100, 900],
      [500, 1000],
    ];
    const toAfter = ([x, y]: [number, number]): [number, number] => [
      800 + (y - 600) + 10,
      600 - (x - 800) - 20,
    ];
    const after = before.map(toAfter);

    click(beforePane, ...(before[0] as [number, number]));
    expect(screen.getByTestId('fit-status').textContent).toMatch(/landmark 1 on the after photo/);
    click(afterPane, ...(after[0] as [number, number]));
    expect(accept.disabled).toBe(true);
    for (let i = 1; i < 4; i++) {
      click(beforePane, ...(before[i] as [number, number]));
      click(afterPane, ...(after[i] as [number, number]));
    }
    expect(screen.getByTestId('marker-before-4')).toBeTruthy();
    expect(screen.getByTestId('marker-after-4')).toBeTruthy();
    expect(screen.getByTestId('fit-status').textContent).toMatch(
      /^homography from 4 pairs, landmarks agree to 0\.0 px/,
    );
    expect(screen.getByTestId('warp-preview').style.transform).toMatch(/^matrix3d\(/);
    expect(accept.disabled).toBe(false);

    fireEvent.click(accept);
    const expected = fitLandmarks(
      before.map((b, i) => ({
        before: pt<'before'>(...b),
        after: pt<'after'>(...(after[i] as [number, number])),
      })),
    );
    const sent = onAccept.mock.calls[0]?.[0] as { matrix: number[]; model: string };
    expect(sent.model).toBe('homography');
    sent.matrix.forEach((v, i) => expect(v).toBeCloseTo(expected.matrix[i] as number, 9));
    // Maps after-photo px to before-photo px: the after of landmark 2 lands on its before.
    const [x, y] = after[1] as [number, number];
    const m = sent.matrix as [number, number, number, number, number, number, number, number, number];
    const w = m[6] * x + m[7] * y + m[8];
    expect((m[0] * x + m[1] * y + m[2]) / w).toBeCloseTo(1200, 6);
    expect((m[3] * x + m[4] * y + m[5]) / w).toBeCloseTo(350, 6);
  });

  it('says what is wrong with a degenerate layout, and Reset clears the points', () => {
    render(
      <ManualAlignment
        analysis={sampleAnalysis()}
        urls={{}}
        onAccept={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const b = screen.getByRole('group', { name: 'Before: click landmarks' });
    const a = screen.getByRole('group', { name: 'After, as shot: click landmarks' });
    click(b, 100, 100);
    click(a, 100, 100);
    click(b, 100, 100);
    click(a, 300, 300);
    expect(screen.getByTestId('fit-status').textContent).toMatch(/before landmarks 1 and 2 coincide/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByTestId('marker-before-1')).toBeNull();
  });
});
