/** Entry point: the only module with side effects — create the two columns' clients and render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createLabs } from './app/labs.ts';
import { I18nProvider } from './i18n/i18n.tsx';
import './app/styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App labs={createLabs()} />
    </I18nProvider>
  </StrictMode>,
);
