import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../shared/contract/api.js';
import { menuAction } from '../../renderer/lib/menuAction.js';
import type { ViewState } from '../../renderer/lib/useViewState.js';
import { VIEWS } from '../../renderer/lib/views.js';

describe('menu commands', () => {
  it('reach every compare view the toolbar has, each from its own command', () => {
    const setView = vi.fn();
    const ctx = {
      s: { setView } as unknown as ViewState,
      openDialog: vi.fn(),
      showRecent: vi.fn(),
      exportFile: vi.fn(),
    };
    const commands = MENU_COMMANDS.filter((c) => c.startsWith('view-'));
    for (const c of commands) menuAction(c, ctx);
    const shown = setView.mock.calls.map((call) => call[0] as string);
    expect(shown).toHaveLength(commands.length);
    expect([...shown].sort()).toEqual(VIEWS.map((v) => v.id).sort());
  });
});
