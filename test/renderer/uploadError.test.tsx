// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App.js';
import { ApiFailure } from '../../renderer/lib/ApiFailure.js';
import { fakeApi, stubBrowser } from './fakeApi.js';

beforeEach(stubBrowser);
afterEach(cleanup);

describe('opening photos', () => {
  it('shows one clear error line when an upload is refused', async () => {
    const upload = vi.fn(() =>
      Promise.reject(
        new ApiFailure('broken.jpg is not a readable photo: the JPEG data ends early', 'bad-input'),
      ),
    );
    render(<App api={fakeApi({ upload })} />);
    await screen.findByTestId('verdict');
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'broken.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('broken.jpg is not a readable photo'),
    );
    expect(screen.getByRole('alert').textContent).not.toContain('\n');
    // The last good comparison stays on screen.
    expect(screen.getByTestId('verdict')).toBeTruthy();
  });

  it('uploads two files as before and after (by name) and analyzes them', async () => {
    const api = fakeApi();
    render(<App api={api} />);
    await screen.findByTestId('verdict');
    const mk = (name: string): File => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('file-input'), {
      target: { files: [mk('crown-after.jpg'), mk('crown-before.jpg')] },
    });
    await waitFor(() =>
      expect(api.analyze).toHaveBeenLastCalledWith(
        expect.objectContaining({ before: 'up-crownbeforejpg', after: 'up-crownafterjpg' }),
        expect.anything(),
      ),
    );
  });

  it('waits for the after photo when only one is opened', async () => {
    const api = fakeApi();
    render(<App api={api} />);
    await screen.findByTestId('verdict');
    const one = new File([new Uint8Array([1])], 'new-before.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [one] } });
    await screen.findByText(/Now add the after photo/);
    expect(api.analyze).toHaveBeenCalledTimes(1);
  });
});
