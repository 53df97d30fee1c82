import { RemixBrowser } from '@remix-run/react';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, loadLanguage } from './i18n/i18n.js';

// The language the server rendered (<html lang>), its texts alone fetched first, so hydration matches.
const language = document.documentElement.lang;

void loadLanguage(language).then(() => {
  const i18n = createI18n(language);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <RemixBrowser />
        </I18nextProvider>
      </StrictMode>,
    );
  });
});
