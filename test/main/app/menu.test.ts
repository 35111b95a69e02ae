import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/contract/api.js';
import { buildMenuTemplate, type MenuDeps } from '../../../main/app/menu.js';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

describe('buildMenuTemplate', () => {
  const deps = (over: Partial<MenuDeps> = {}): MenuDeps => ({
    send: vi.fn(),
    openReadme: vi.fn(),
    theme: 'system',
    setTheme: vi.fn(),
    hasAnalysis: true,
    isMac: false,
    ...over,
  });

  it('offers every menu command of the contract, each once', () => {
    const d = deps();
    for (const item of items(buildMenuTemplate(d))) (item.click as (() => void) | undefined)?.();
    const sent = vi.mocked(d.send).mock.calls.map((c) => c[0]);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('puts the six compare views on CmdOrCtrl+1..6 in order', () => {
    const views = items(buildMenuTemplate(deps())).filter((i) => /^CmdOrCtrl\+\d$/.test(i.accelerator ?? ''));
    expect(views.map((v) => v.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
      'CmdOrCtrl+6',
    ]);
  });

  it('disables exports until an analysis is shown, and checks the current theme', () => {
    const all = items(buildMenuTemplate(deps({ hasAnalysis: false, theme: 'dark' })));
    const exports = all.filter((i) => i.label?.startsWith('Export'));
    expect(exports).toHaveLength(4);
    expect(exports.every((i) => i.enabled === false)).toBe(true);
    expect(all.filter((i) => i.type === 'radio' && i.checked).map((i) => i.label)).toEqual(['Dark']);
  });

  it('has Quit in File except on macOS, where the app menu holds it', () => {
    expect(items(buildMenuTemplate(deps())).some((i) => i.role === 'quit')).toBe(true);
    const mac = buildMenuTemplate(deps({ isMac: true }));
    expect(mac[0]?.role).toBe('appMenu');
    expect(items(mac).some((i) => i.role === 'quit')).toBe(false);
  });
});
