import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromUrl } from './api/token';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles/global.css';

// first: the token leaves the address bar before anything renders or calls the back end
adoptTokenFromUrl();
initI18n('nl');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
