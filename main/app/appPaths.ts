/**
 * Where the shell finds its files. `root` is app.getAppPath(): the project folder in development
 * (`electron .`), the app.asar in a package. Electron's fs reads inside the asar, so the sample pair and
 * the renderer stay packed; only what the OS must open itself (the README) lives beside it.
 */
import { join } from 'node:path';

export interface AppPaths {
  /** The React UI (vite.config.ts builds it). */
  index: string;
  /** The sandboxed preload (vite.app.config.ts bundles it). */
  preload: string;
  /** The bundled sample pair, shown on first start. */
  sample: { before: string; after: string };
  /** Opened by Help > README with the system's viewer, which cannot read inside an asar. */
  readme: string;
}

/**
 * @param root app.getAppPath()
 * @param resourcesPath process.resourcesPath when packaged (extraResources land there), else null
 */
export function appPaths(root: string, resourcesPath: string | null): AppPaths {
  return {
    index: join(root, 'dist', 'renderer', 'index.html'),
    preload: join(root, 'dist', 'app', 'preload.cjs'),
    sample: {
      before: join(root, 'assets', 'samples', 'before.jpg'),
      after: join(root, 'assets', 'samples', 'after.jpg'),
    },
    readme: join(resourcesPath ?? root, 'README.md'),
  };
}
