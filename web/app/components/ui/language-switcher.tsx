import { Form, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../i18n/i18n.js';
import { withoutBanner } from '../../utils/banner-params.js';

/**
 * One button per UI language; /set-language stores the choice in a cookie and comes back here.
 * `compact` (the store's header on a phone): the current language's code as a disclosure that
 * opens the same buttons, so the header keeps one line and the switcher stays in it.
 */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  // Back to the same page, without the previous action's banner.
  const search = withoutBanner(location.search).toString();
  if (UI_LANGUAGES.length < 2) return null;
  const form = (
    // The buttons are a labelled group inside the form (a form may not take the group role).
    <Form method="post" action="/set-language">
      <input type="hidden" name="redirectTo" value={location.pathname + (search ? `?${search}` : '')} />
      <div className="language-switcher" role="group" aria-label={t('language.label')}>
        {UI_LANGUAGES.map((l) => (
          <button
            key={l.code}
            type="submit"
            name="language"
            value={l.code}
            lang={l.code}
            title={l.name}
            // The name starts with the visible "EN" (what a voice-control user says), then the language.
            aria-label={`${l.code.toUpperCase()} – ${l.name}`}
            aria-pressed={i18n.language === l.code}
            className="language-switcher__option"
          >
            {l.code.toUpperCase()}
          </button>
        ))}
      </div>
    </Form>
  );
  if (!compact) return form;
  const current = UI_LANGUAGES.find((l) => l.code === i18n.language) ?? UI_LANGUAGES[0]!;
  return (
    // Keyed by page and language: a choice (or any navigation) closes the menu, as a new page would.
    <details className="language-menu" key={`${location.pathname}${location.search}:${i18n.language}`}>
      <summary className="language-menu__summary" title={current.name}>
        <span className="visually-hidden">{t('language.label')} </span>
        <span>{current.code.toUpperCase()}</span>
      </summary>
      <div className="language-menu__panel">{form}</div>
    </details>
  );
}
