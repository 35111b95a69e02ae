/** Entry: pick the bridge (Electron preload or HTTP) and render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { pickApi } from './lib/api.js';
import './styles.css';
import './panel.css';
import './split.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={pickApi()} />
  </StrictMode>,
);
