import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { noErrors, type FormErrors } from '../../utils/form-errors.js';
import { CheckboxField, FormErrorSummary, TextField } from '../ui/fields.js';
import { SubmitButton } from '../ui/submit-button.js';
import { CatalogTabs } from './catalog-tabs.js';

/** A price level or a storage location: a code, a name, and exactly one is the default. */
export interface CatalogSetting {
  id: string;
  code: string;
  name: string;
  isDefault: boolean;
}

/** What a settings page's action answers: which form (intent, id), whether it worked, and what was typed. */
export interface CatalogSettingResult {
  intent: string;
  id: string | null;
  done: boolean;
  errors: FormErrors;
  values: Record<string, string>;
}

/** What was typed and the errors of one form, when its last submission failed. */
export interface Typed {
  values: Record<string, string> | null;
  errors: FormErrors;
}

interface Props<S extends CatalogSetting> {
  /** The i18n keys under hubCatalog: title, intro, listTitle, empty, nameOf, newTitle, codeHint, isDefault, create, done.*. */
  ns: 'levels' | 'locations';
  settings: readonly S[];
  result: CatalogSettingResult | undefined;
  /** Changes whenever a row is saved, so its form shows the saved values. */
  rowKey: (setting: S) => string;
  /** Shown in a row's head after the code. */
  summary?: (setting: S) => ReactNode;
  /** The row's own fields after its name and code. */
  rowFields: (setting: S, typed: Typed) => ReactNode;
  /** The new form's own fields after code and name. */
  createFields: (typed: Typed) => ReactNode;
}

/**
 * The page of price levels (C3) and of storage locations (C4): the list, each row edited in place with a
 * "make default" button, and a form for a new one. Failed forms keep what was typed, errors next to the field.
 */
export function CatalogSettingsPage<S extends CatalogSetting>({ ns, settings, result, rowKey, summary, rowFields, createFields }: Props<S>) {
  const { t } = useTranslation();
  const typedIn = (intent: 'create' | 'row', id: string | null): Typed =>
    result && !result.done && (result.intent === 'create') === (intent === 'create') && result.id === id
      ? { values: result.values, errors: result.errors }
      : { values: null, errors: noErrors };
  const created = typedIn('create', null);
  const notice = result?.done
    ? t(`hubCatalog.${ns}.done.${result.intent === 'create' ? 'create' : result.intent === 'default' ? 'default' : 'save'}`, {
        name: result.intent === 'default' ? (settings.find((s) => s.id === result.id)?.name ?? '') : result.values.name,
      })
    : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t(`hubCatalog.${ns}.title`)}</h1>
          <p className="muted">{t(`hubCatalog.${ns}.intro`)}</p>
        </div>
      </div>
      <CatalogTabs />
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}

      <section className="card" aria-labelledby={`${ns}-title`}>
        <h2 id={`${ns}-title`} className="card__title">
          {t(`hubCatalog.${ns}.listTitle`)}
        </h2>
        {settings.length === 0 ? <p className="muted">{t(`hubCatalog.${ns}.empty`)}</p> : null}
        <ul className="hubcat-rows">
          {settings.map((setting) => {
            const typed = typedIn('row', setting.id);
            return (
              <li key={setting.id} className="hubcat-row">
                <div className="hubcat-row__head">
                  <span className="mono strong">{setting.code}</span>
                  {summary?.(setting)}
                  {setting.isDefault ? (
                    <span className="badge badge--success">{t('hubCatalog.defaultBadge')}</span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="id" value={setting.id} />
                      <SubmitButton
                        className="button button--ghost button--small"
                        intent="default"
                        // Named by its visible text first ("Make default: Retail shops", axe's label-in-name),
                        // the wording of the tax rates' same button.
                        aria-label={t('hubTaxRates.makeDefaultLabel', { name: setting.name })}
                      >
                        {t('hubCatalog.makeDefault')}
                      </SubmitButton>
                    </Form>
                  )}
                </div>
                <Form method="post" className="hubcat-row__form" key={rowKey(setting)}>
                  <input type="hidden" name="id" value={setting.id} />
                  <FormErrorSummary errors={typed.errors.form} />
                  <TextField
                    label={t(`hubCatalog.${ns}.nameOf`, { code: setting.code })}
                    name="name"
                    required
                    defaultValue={typed.values?.name ?? setting.name}
                    errors={typed.errors.fields.name}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('hubCatalog.levels.codeOf', { code: setting.code })}
                    name="code"
                    required
                    defaultValue={typed.values?.code ?? setting.code}
                    errors={typed.errors.fields.code}
                    autoComplete="off"
                  />
                  {rowFields(setting, typed)}
                  <div className="hubcat-row__actions">
                    <SubmitButton className="button button--secondary button--small" intent="save" aria-label={t('hubCatalog.saveLabel', { name: setting.name })}>
                      {t('common.save')}
                    </SubmitButton>
                  </div>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby={`new-${ns}-title`}>
        <h2 id={`new-${ns}-title`} className="card__title">
          {t(`hubCatalog.${ns}.newTitle`)}
        </h2>
        <Form method="post" className="form" key={result?.intent === 'create' && result.done ? `created-${result.values.code}` : 'new'}>
          <FormErrorSummary errors={created.errors.form} title={t('common.fixErrors')} />
          <div className="form-grid">
            <TextField
              label={t('hubCatalog.code')}
              hint={t(`hubCatalog.${ns}.codeHint`)}
              name="code"
              required
              maxLength={32}
              autoComplete="off"
              defaultValue={created.values?.code ?? ''}
              errors={created.errors.fields.code}
            />
            <TextField
              label={t('hubCatalog.name')}
              name="name"
              required
              autoComplete="off"
              defaultValue={created.values?.name ?? ''}
              errors={created.errors.fields.name}
            />
            {createFields(created)}
          </div>
          <CheckboxField label={t(`hubCatalog.${ns}.isDefault`)} name="isDefault" defaultChecked={created.values?.isDefault === 'on'} />
          <div className="form-actions">
            <SubmitButton intent="create">{t(`hubCatalog.${ns}.create`)}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
