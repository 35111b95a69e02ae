/**
 * The application menu as a template (plain data, testable without Electron). Menu items that act on
 * the UI push a MenuCommand to the window; the rest (quit, theme, about, README) are handled in main.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/api.js';

export type ThemeSource = 'system' | 'light' | 'dark';

export interface MenuDeps {
  /** Pushes a command to the main window's UI. */
  send(command: MenuCommand): void;
  /** Opens the bundled README with the system's viewer. */
  openReadme(): void;
  /** nativeTheme.themeSource: the UI follows prefers-color-scheme, which this drives. */
  theme: ThemeSource;
  setTheme(theme: ThemeSource): void;
  /** Export items are enabled once the UI shows an analysis. */
  hasAnalysis: boolean;
  /** process.platform === 'darwin': the app menu comes first and Quit lives there. */
  isMac: boolean;
}

/**
 * The six compare views. The menu's accelerators are CmdOrCtrl+1..6: bare digits registered as menu
 * accelerators would be swallowed before they reach a focused number field (opacity, flicker rate);
 * the UI handles bare 1..6 itself when no text field has focus.
 */
export const VIEW_ITEMS: ReadonlyArray<{ label: string; command: MenuCommand; key: string }> = [
  { label: 'Side by Side', command: 'view-side-by-side', key: '1' },
  { label: 'Swipe', command: 'view-swipe', key: '2' },
  { label: 'Onion Skin', command: 'view-onion', key: '3' },
  { label: 'Flicker', command: 'view-flicker', key: '4' },
  { label: 'Difference', command: 'view-difference', key: '5' },
  { label: 'Error Levels', command: 'view-error-level', key: '6' },
];

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => deps.send(command);
  const exportItem = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    enabled: deps.hasAnalysis,
    ...(accelerator === undefined ? {} : { accelerator }),
  });
  const theme = (label: string, source: ThemeSource): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: deps.theme === source,
    click: () => deps.setTheme(source),
  });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Pair…', accelerator: 'CmdOrCtrl+O', click: send('open') },
      { label: 'Recent Pairs…', accelerator: 'CmdOrCtrl+Shift+O', click: send('show-recent') },
      { type: 'separator' },
      exportItem('Export Report (HTML)…', 'export-html', 'CmdOrCtrl+E'),
      exportItem('Export Report (PDF)…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
      exportItem('Export Side-by-Side (PNG)…', 'export-png'),
      exportItem('Export Flicker (GIF)…', 'export-gif'),
      ...(deps.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...VIEW_ITEMS.map((v) => ({
        label: v.label,
        accelerator: `CmdOrCtrl+${v.key}`,
        click: send(v.command),
      })),
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: [theme('Follow System', 'system'), theme('Light', 'light'), theme('Dark', 'dark')],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Fairshot README', click: () => deps.openReadme() },
      ...(deps.isMac ? [] : [{ role: 'about' } as const]),
    ],
  };
  // Edit roles make copy/paste work in text fields (and paste a photo) on macOS, where they are menu-driven.
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  return [
    ...(deps.isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    { role: 'windowMenu' },
    help,
  ];
}
