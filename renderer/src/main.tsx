/** Renderer entry: loads the bundled fonts, the interface language, and mounts the app. */

import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { api } from './api';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';

async function boot(): Promise<void> {
  const prefs = await api.getPreferences();
  await initI18n(prefs.ok ? prefs.value.language : DEFAULT_PREFERENCES.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
