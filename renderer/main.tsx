/**
 * Entry: pick the bridge (Electron preload or HTTP) and render the app, in stages. Evaluating the whole
 * bundle at once was one 200-400 ms task at page load (bench/ui.ts on the 12 MP pair, 2 busy cores),
 * more than half of it building the contract's zod schemas. Each dynamic import below is its own chunk,
 * evaluated in its own task, with a yield to the browser between them (input and paint can run there),
 * and the first render is a transition, which React renders in slices instead of one task.
 */
import './styles.css';
import './panel.css';
import './split.css';
import { yieldToMain } from './lib/yieldToMain.js';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The order only spreads the work: zod with the small schemas (provenance and composite, which the
  // report's schema nests), the report's, the API's, then React, then the UI. Later chunks reuse the
  // earlier ones. (A dynamic import of 'zod' itself would bundle all of zod, not the parts used.)
  await import('../shared/contract/provenance.js');
  await import('../shared/contract/composite.js');
  await yieldToMain();
  await import('../shared/contract/report.js');
  await yieldToMain();
  await import('../shared/contract/api.js');
  await yieldToMain();
  const [{ createRoot }, react] = await Promise.all([import('react-dom/client'), import('react')]);
  await yieldToMain();
  const [{ App }, { pickApi }] = await Promise.all([import('./components/App.js'), import('./lib/api.js')]);
  await yieldToMain();
  const app = createRoot(root);
  react.startTransition(() =>
    app.render(
      <react.StrictMode>
        <App api={pickApi()} />
      </react.StrictMode>,
    ),
  );
}

void start();
