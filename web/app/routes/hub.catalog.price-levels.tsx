import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { CheckboxField, FormErrorSummary, SelectField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { priceLevelCreateMutation, priceLevelUpdateMutation, priceLevelsQuery } from '../graphql/catalog-admin.server.js';
import type { CurrencyCode } from '../graphql/generated/graphql.js';
import { formErrors, noErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.levels.title'), 'hub');

const CURRENCIES: CurrencyCode[] = ['EUR', 'USD', 'GBP', 'CHF', 'BRL'];
const FIELDS = ['code', 'name', 'currencyCode'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { priceLevels } = await gql(request, context, priceLevelsQuery);
  return json({ priceLevels }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = text(form, 'id');
  const values = { code: text(form, 'code'), name: text(form, 'name'), currencyCode: text(form, 'currencyCode') };
  const currency = CURRENCIES.includes(values.currencyCode as CurrencyCode) ? (values.currencyCode as CurrencyCode) : null;
  if (intent === 'create') {
    const { priceLevelCreate } = await gql(request, context, priceLevelCreateMutation, {
      input: { code: values.code, name: values.name, currencyCode: currency, isDefault: form.get('isDefault') === 'on' },
    });
    const errors = formErrors(priceLevelCreate.userErrors, FIELDS);
    return json({ intent, id: null, done: priceLevelCreate.userErrors.length === 0, errors, values }, { headers: responseHeaders(request) });
  }
  const input =
    intent === 'default' ? { id, isDefault: true } : { id, code: values.code || null, name: values.name || null, currencyCode: currency };
  const { priceLevelUpdate } = await gql(request, context, priceLevelUpdateMutation, { input });
  const errors = formErrors(priceLevelUpdate.userErrors, FIELDS);
  return json({ intent, id, done: priceLevelUpdate.userErrors.length === 0, errors, values }, { headers: responseHeaders(request) });
}

/** Price levels (C3): every customer buys at one; exactly one is the default. */
export default function PriceLevels() {
  const { priceLevels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const createErrors = result?.intent === 'create' && !result.done ? result.errors : noErrors;
  const notice = result?.done
    ? t(`hubCatalog.levels.done.${result.intent === 'create' ? 'create' : result.intent === 'default' ? 'default' : 'save'}`, {
        name: result.intent === 'default' ? (priceLevels.find((l) => l.id === result.id)?.name ?? '') : result.values.name,
      })
    : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('hubCatalog.levels.title')}</h1>
          <p className="muted">{t('hubCatalog.levels.intro')}</p>
        </div>
      </div>
      <CatalogTabs />
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}

      <section className="card" aria-labelledby="levels-title">
        <h2 id="levels-title" className="card__title">
          {t('hubCatalog.levels.listTitle')}
        </h2>
        {priceLevels.length === 0 ? <p className="muted">{t('hubCatalog.levels.empty')}</p> : null}
        <ul className="hubcat-rows">
          {priceLevels.map((level) => {
            const mine = result && result.id === level.id && !result.done ? result.errors : noErrors;
            const typed = result && result.id === level.id && !result.done ? result.values : null;
            return (
              <li key={level.id} className="hubcat-row">
                <div className="hubcat-row__head">
                  <span className="mono strong">{level.code}</span>
                  {level.isDefault ? (
                    <span className="badge badge--success">{t('hubCatalog.defaultBadge')}</span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="id" value={level.id} />
                      <SubmitButton
                        className="button button--ghost button--small"
                        intent="default"
                        aria-label={t('hubCatalog.makeDefaultLabel', { name: level.name })}
                      >
                        {t('hubCatalog.makeDefault')}
                      </SubmitButton>
                    </Form>
                  )}
                </div>
                <Form method="post" className="hubcat-row__form" key={`${level.id}-${level.name}-${level.code}-${level.currencyCode}`}>
                  <input type="hidden" name="id" value={level.id} />
                  <FormErrorSummary errors={mine.form} />
                  <TextField
                    label={t('hubCatalog.levels.nameOf', { code: level.code })}
                    name="name"
                    required
                    defaultValue={typed?.name ?? level.name}
                    errors={mine.fields.name}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('hubCatalog.levels.codeOf', { code: level.code })}
                    name="code"
                    required
                    defaultValue={typed?.code ?? level.code}
                    errors={mine.fields.code}
                    autoComplete="off"
                  />
                  <SelectField label={t('hubCatalog.levels.currencyOf', { code: level.code })} name="currencyCode" defaultValue={level.currencyCode}>
                    {CURRENCIES.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </SelectField>
                  <div className="hubcat-row__actions">
                    <SubmitButton className="button button--secondary button--small" intent="save" aria-label={t('hubCatalog.saveLabel', { name: level.name })}>
                      {t('common.save')}
                    </SubmitButton>
                  </div>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby="new-level-title">
        <h2 id="new-level-title" className="card__title">
          {t('hubCatalog.levels.newTitle')}
        </h2>
        <Form method="post" className="form" key={result?.intent === 'create' && result.done ? `created-${result.values.code}` : 'new'}>
          <FormErrorSummary errors={createErrors.form} title={t('common.fixErrors')} />
          <div className="form-grid">
            <TextField
              label={t('hubCatalog.code')}
              hint={t('hubCatalog.levels.codeHint')}
              name="code"
              required
              maxLength={32}
              autoComplete="off"
              defaultValue={result?.intent === 'create' && !result.done ? result.values.code : ''}
              errors={createErrors.fields.code}
            />
            <TextField
              label={t('hubCatalog.name')}
              name="name"
              required
              autoComplete="off"
              defaultValue={result?.intent === 'create' && !result.done ? result.values.name : ''}
              errors={createErrors.fields.name}
            />
            <SelectField label={t('hubCatalog.levels.currency')} name="currencyCode" defaultValue="EUR" errors={createErrors.fields.currencyCode}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectField>
          </div>
          <CheckboxField label={t('hubCatalog.levels.isDefault')} name="isDefault" />
          <div className="form-actions">
            <SubmitButton intent="create">{t('hubCatalog.levels.create')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
