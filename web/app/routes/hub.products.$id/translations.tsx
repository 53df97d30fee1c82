import { Form, Link, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import { fromApiLanguage, languageName } from '../../i18n/i18n.js';
import type { ActionResult, Product } from './action-result.js';

// Issue 16 L1: the product's name and description in the store's other languages, a tab each, with
// a "missing" marker where there is no name yet (the store then shows the catalog language's). The
// tabs are links (`?lang=nl`), so the page works without JavaScript and a tab can be linked to.

type Result = Extract<ActionResult, { intent: 'translation' }>;

export function TranslationsPanel({ product, catalogLanguage, selected, result }: { product: Product; catalogLanguage: string; selected: string | null; result: Result | null }) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const others = product.translations.filter((tr) => fromApiLanguage(tr.language) !== fromApiLanguage(catalogLanguage));
  if (others.length === 0) return null;
  const current = others.find((tr) => fromApiLanguage(tr.language) === selected) ?? others.find((tr) => !tr.name) ?? others[0]!;
  const code = fromApiLanguage(current.language);
  const failed = result && !result.saved && result.language === code ? result : null;
  return (
    <section className="card translations" id="translations" aria-labelledby="translations-title">
      <h2 id="translations-title" className="card__title">
        {t('productTranslations.title')}
      </h2>
      <p className="field__hint">{t('productTranslations.hint', { language: languageName(fromApiLanguage(catalogLanguage), i18n.language) })}</p>
      <nav aria-label={t('productTranslations.languages')}>
        <ul className="tabs">
          {others.map((tr) => {
            const lang = fromApiLanguage(tr.language);
            const active = lang === code;
            return (
              <li key={lang}>
                <Link to={`?lang=${lang}#translations`} className={`tabs__tab${active ? ' tabs__tab--active' : ''}`} aria-current={active ? 'page' : undefined} preventScrollReset>
                  <span>{languageName(lang, i18n.language)}</span>
                  {tr.name ? null : <span className="badge badge--warning">{t('productTranslations.missing')}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {result?.saved && result.language === code ? (
        <div className="alert alert--success" role="status">
          <p>{t('productTranslations.saved', { language: languageName(code, i18n.language) })}</p>
        </div>
      ) : null}
      {failed?.errors.length ? (
        <div className="alert alert--error" role="alert">
          {failed.errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      <Form method="post" key={`${code}-${navigation.state === 'idle' ? 'idle' : 'busy'}-${result?.saved ? 'saved' : ''}`} preventScrollReset>
        <input type="hidden" name="language" value={code} />
        <TextField
          label={t('productTranslations.name', { language: languageName(code, i18n.language) })}
          name="name"
          lang={code}
          defaultValue={failed?.name ?? current.name ?? ''}
          placeholder={product.name}
          maxLength={300}
        />
        <div className="field">
          <label htmlFor="translation-description">{t('productTranslations.description', { language: languageName(code, i18n.language) })}</label>
          <textarea id="translation-description" name="description" lang={code} rows={4} defaultValue={failed?.description ?? current.description ?? ''} placeholder={product.description ?? ''} />
        </div>
        <p className="field__hint">{t('productTranslations.emptyHint')}</p>
        <SubmitButton intent="translation">{t('productTranslations.save', { language: languageName(code, i18n.language) })}</SubmitButton>
      </Form>
    </section>
  );
}
