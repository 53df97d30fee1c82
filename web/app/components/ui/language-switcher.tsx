import { Form, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../i18n/i18n.js';

/** One button per UI language; /set-language stores the choice in a cookie and comes back here. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  if (UI_LANGUAGES.length < 2) return null;
  return (
    <Form method="post" action="/set-language" className="language-switcher" aria-label={t('language.label')} role="group">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {UI_LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="submit"
          name="language"
          value={l.code}
          lang={l.code}
          title={l.name}
          aria-label={l.name}
          aria-pressed={i18n.language === l.code}
          className="language-switcher__option"
        >
          {l.code.toUpperCase()}
        </button>
      ))}
    </Form>
  );
}
