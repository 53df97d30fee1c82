import { Form, Link, useActionData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import { LANGUAGES, fromApiLanguage, languageName } from '../../i18n/i18n.js';
import { TRANSLATED, type ActionResult, type Kind } from './kinds.js';

type Item = { id: string; name: string; translations?: Array<{ language: string; name?: string | null }> };

// One managed list (C3): its items, each renamed or deleted in place (the row form, itemSchema), and
// the form that adds one (createSchema). Server side: lists.server.ts.

/** One list's card; the action's answer shows in the card of the list it was about. */
export function ListSection({ kind, items, catalogLanguage }: { kind: Kind; items: Item[]; catalogLanguage: string }) {
  const { t, i18n } = useTranslation();
  const result = useActionData<ActionResult>();
  const [params] = useSearchParams();
  const mine = result?.kind === kind ? result : null;
  const titleId = `list-${kind}`;
  // Tags and seasons (issue 16): a tab per language; the catalog language's tab renames, the others
  // name the items in their language, with a "missing" marker where one has no name in it.
  const main = fromApiLanguage(catalogLanguage);
  const translated = TRANSLATED.includes(kind);
  const selected = translated ? (LANGUAGES.find((l) => l.code === params.get(`${kind}Lang`))?.code ?? main) : main;
  const nameIn = (item: Item, code: string) => item.translations?.find((tr) => fromApiLanguage(tr.language) === code)?.name ?? '';
  if (translated && selected !== main) return <TranslationSection kind={kind} items={items} main={main} selected={selected} mine={mine} nameIn={nameIn} />;
  const createErrors = mine?.op === 'create' && !mine.done ? mine.errors : undefined;
  return (
    <section className="card hubcat-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t(`hubCatalog.lists.${kind}.title`)} <span className="muted small">({items.length})</span>
      </h2>
      {translated ? <LanguageTabs kind={kind} items={items} main={main} selected={selected} nameIn={nameIn} language={i18n.language} /> : null}
      {mine?.done ? (
        <div className="alert alert--success" role="status">
          <p>{t(`hubCatalog.lists.done.${mine.op}`, { name: mine.name })}</p>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t('hubCatalog.lists.empty')}</p>
      ) : (
        <ul className="hubcat-list__items">
          {items.map((item) => {
            const rowErrors = mine && !mine.done && mine.op !== 'create' && mine.id === item.id ? mine.errors : undefined;
            return (
              <li key={item.id}>
                <Form method="post" className="hubcat-inline" key={`${item.id}-${item.name}`}>
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <TextField
                    label={t('hubCatalog.lists.nameOf', { name: item.name })}
                    fieldClassName="hubcat-inline__field"
                    name="name"
                    defaultValue={mine?.op === 'rename' && mine.id === item.id && !mine.done ? mine.name : item.name}
                    required
                    maxLength={100}
                    autoComplete="off"
                    errors={mine?.op === 'rename' ? rowErrors : undefined}
                  />
                  <div className="hubcat-inline__actions">
                    <SubmitButton className="button button--secondary button--small" intent={`${kind}:rename`}>
                      {t('hubCatalog.lists.rename')}
                    </SubmitButton>
                    <SubmitButton
                      className="button button--ghost button--small"
                      intent={`${kind}:delete`}
                      aria-label={t('hubCatalog.lists.deleteLabel', { name: item.name })}
                      formNoValidate
                    >
                      {t('hubCatalog.lists.delete')}
                    </SubmitButton>
                  </div>
                </Form>
                {mine?.op === 'delete' && rowErrors ? (
                  <div className="alert alert--error" role="alert">
                    <p className="alert__title">{t('hubCatalog.lists.deleteRefused', { name: item.name })}</p>
                    {rowErrors.map((e) => (
                      <p key={e}>{e}</p>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Form method="post" className="hubcat-inline hubcat-inline--add" key={mine?.op === 'create' && mine.done ? `added-${mine.name}` : 'add'}>
        <input type="hidden" name="kind" value={kind} />
        <TextField
          label={t(`hubCatalog.lists.${kind}.new`)}
          fieldClassName="hubcat-inline__field"
          name="name"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={createErrors ? mine?.name : ''}
          errors={createErrors}
        />
        <div className="hubcat-inline__actions">
          <SubmitButton className="button button--primary button--small" intent={`${kind}:create`}>
            {t(`hubCatalog.lists.${kind}.add`)}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}

/** The language tabs of a tag or season list: links (`?tagLang=nl`), each marked when an item has no name in it. */
function LanguageTabs({ kind, items, main, selected, nameIn, language }: { kind: Kind; items: Item[]; main: string; selected: string; nameIn: (item: Item, code: string) => string; language: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const codes = [main, ...LANGUAGES.map((l) => l.code).filter((c) => c !== main)];
  return (
    <nav aria-label={t('hubCatalog.lists.languages', { list: t(`hubCatalog.lists.${kind}.title`) })}>
      <ul className="tabs">
        {codes.map((code) => {
          const next = new URLSearchParams(params);
          if (code === main) next.delete(`${kind}Lang`);
          else next.set(`${kind}Lang`, code);
          const missing = code === main ? 0 : items.filter((item) => !nameIn(item, code)).length;
          const active = code === selected;
          return (
            <li key={code}>
              <Link to={`?${next.toString()}#list-${kind}`} className={`tabs__tab${active ? ' tabs__tab--active' : ''}`} aria-current={active ? 'page' : undefined} preventScrollReset>
                <span>{languageName(code, language)}</span>
                {missing ? <span className="badge badge--warning">{t('hubCatalog.lists.missing', { count: missing })}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A tag or season list in a language other than the catalog language: each item's name in it, saved one by one. */
function TranslationSection({
  kind,
  items,
  main,
  selected,
  mine,
  nameIn,
}: {
  kind: Kind;
  items: Item[];
  main: string;
  selected: string;
  mine: ActionResult | null;
  nameIn: (item: Item, code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const titleId = `list-${kind}`;
  const language = languageName(selected, i18n.language);
  return (
    <section className="card hubcat-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t(`hubCatalog.lists.${kind}.title`)} <span className="muted small">({items.length})</span>
      </h2>
      <LanguageTabs kind={kind} items={items} main={main} selected={selected} nameIn={nameIn} language={i18n.language} />
      <p className="field__hint">{t('hubCatalog.lists.translationHint', { language: languageName(main, i18n.language) })}</p>
      {mine?.op === 'translate' && mine.done ? (
        <div className="alert alert--success" role="status">
          <p>{t('hubCatalog.lists.done.translate', { language })}</p>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t('hubCatalog.lists.empty')}</p>
      ) : (
        <ul className="hubcat-list__items">
          {items.map((item) => {
            const failed = mine?.op === 'translate' && !mine.done && mine.id === item.id && mine.language === selected ? mine : null;
            const value = nameIn(item, selected);
            return (
              <li key={item.id}>
                <Form method="post" className="hubcat-inline" key={`${item.id}-${selected}-${value}`} preventScrollReset>
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="current" value={item.name} />
                  <input type="hidden" name="language" value={selected} />
                  <TextField
                    label={t('hubCatalog.lists.nameIn', { name: item.name, language })}
                    fieldClassName="hubcat-inline__field"
                    name="name"
                    lang={selected}
                    defaultValue={failed ? failed.name : value}
                    placeholder={item.name}
                    maxLength={100}
                    autoComplete="off"
                    hint={value ? undefined : t('hubCatalog.lists.missingHint', { name: item.name })}
                    errors={failed?.errors}
                  />
                  <div className="hubcat-inline__actions">
                    <SubmitButton className="button button--secondary button--small" intent={`${kind}:translate`}>
                      {t('common.save')}
                    </SubmitButton>
                  </div>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
