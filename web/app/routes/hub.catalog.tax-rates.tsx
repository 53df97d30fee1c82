import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { CheckboxField, FormErrorSummary, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders, type ApiErrorBody } from '../graphql/client.server.js';
import { hubTaxRatesQuery, taxRateCreateMutation, taxRateDeleteMutation, taxRateUpdateMutation } from '../graphql/tax-rates.server.js';
import { formErrors, noErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubTaxRates.title'), 'hub');

const FIELDS = ['name', 'percentage'];

/** "21.0000" → "21", "5.5000" → "5.5" (the decimal as the API gives it, never through a float). */
export function plainPercentage(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** VAT rates are an accounting matter: admins manage them (the API refuses sales), so only admins get the page. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { taxRates, viewer } = await gql(request, context, hubTaxRatesQuery);
  if (viewer.staff?.role !== 'ADMIN') {
    throw json<ApiErrorBody>({ code: 'FORBIDDEN', message: 'Admins only' }, { status: 403, headers: responseHeaders(request) });
  }
  return json({ taxRates }, { headers: responseHeaders(request) });
}

interface Result {
  intent: string;
  id: string | null;
  done: boolean;
  errors: FormErrors;
  values: Record<string, string>;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = text(form, 'id') || null;
  const values = { name: text(form, 'name'), percentage: text(form, 'percentage'), isDefault: text(form, 'isDefault') };
  const reply = (done: boolean, userErrors: Parameters<typeof formErrors>[0]) =>
    json<Result>({ intent, id, done, errors: formErrors(userErrors, FIELDS), values }, { headers: responseHeaders(request) });

  if (intent === 'create') {
    const { taxRateCreate } = await gql(request, context, taxRateCreateMutation, {
      input: { name: values.name, percentage: values.percentage, isDefault: values.isDefault === 'on' },
    });
    return reply(taxRateCreate.userErrors.length === 0, taxRateCreate.userErrors);
  }
  if (intent === 'delete') {
    const { taxRateDelete } = await gql(request, context, taxRateDeleteMutation, { input: { id: id ?? '' } });
    return reply(taxRateDelete.userErrors.length === 0, taxRateDelete.userErrors);
  }
  const input = intent === 'default' ? { id: id ?? '', isDefault: true } : { id: id ?? '', name: values.name, percentage: values.percentage };
  const { taxRateUpdate } = await gql(request, context, taxRateUpdateMutation, { input });
  return reply(taxRateUpdate.userErrors.length === 0, taxRateUpdate.userErrors);
}

/** VAT rates (issue 15, D1; decision 35): each edited in place, one default, deletion with the API's refusal shown. */
export default function TaxRates() {
  const { taxRates } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const typedIn = (intent: 'create' | 'row', id: string | null) =>
    result && !result.done && (result.intent === 'create') === (intent === 'create') && result.id === id
      ? { values: result.values, errors: result.errors }
      : { values: null, errors: noErrors };
  const created = typedIn('create', null);
  const nameOf = (id: string | null) => taxRates.find((r) => r.id === id)?.name ?? result?.values.name ?? '';
  const notice = result?.done
    ? t(`hubTaxRates.done.${result.intent === 'create' ? 'create' : result.intent === 'default' ? 'default' : result.intent === 'delete' ? 'delete' : 'save'}`, {
        name: result.intent === 'default' ? nameOf(result.id) : result.values.name,
      })
    : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('hubTaxRates.title')}</h1>
          <p className="muted">{t('hubTaxRates.intro')}</p>
        </div>
      </div>
      <CatalogTabs />
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}

      <section className="card" aria-labelledby="tax-rates-title">
        <h2 id="tax-rates-title" className="card__title">
          {t('hubTaxRates.listTitle')}
        </h2>
        {taxRates.length === 0 ? <p className="muted">{t('hubTaxRates.empty')}</p> : null}
        <ul className="hubcat-rows">
          {taxRates.map((rate) => {
            const typed = typedIn('row', rate.id);
            return (
              <li key={rate.id} className="hubcat-row" data-testid="tax-rate-row">
                <div className="hubcat-row__head">
                  <span className="strong">{rate.name}</span>
                  <span className="muted">{t('hubTaxRates.percent', { value: plainPercentage(rate.percentage) })}</span>
                  {rate.isDefault ? (
                    <span className="badge badge--success">{t('hubCatalog.defaultBadge')}</span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="id" value={rate.id} />
                      <SubmitButton className="button button--ghost button--small" intent="default" aria-label={t('hubTaxRates.makeDefaultLabel', { name: rate.name })}>
                        {t('hubCatalog.makeDefault')}
                      </SubmitButton>
                    </Form>
                  )}
                </div>
                <Form method="post" className="hubcat-row__form" key={`${rate.id}-${rate.name}-${rate.percentage}`}>
                  <input type="hidden" name="id" value={rate.id} />
                  <FormErrorSummary errors={typed.errors.form} />
                  <TextField
                    label={t('hubTaxRates.nameOf', { name: rate.name })}
                    name="name"
                    required
                    maxLength={100}
                    defaultValue={typed.values?.name ?? rate.name}
                    errors={typed.errors.fields.name}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('hubTaxRates.percentageOf', { name: rate.name })}
                    name="percentage"
                    required
                    inputMode="decimal"
                    defaultValue={typed.values?.percentage ?? plainPercentage(rate.percentage)}
                    errors={typed.errors.fields.percentage}
                    autoComplete="off"
                  />
                  <div className="hubcat-row__actions">
                    <SubmitButton className="button button--secondary button--small" intent="save" aria-label={t('hubCatalog.saveLabel', { name: rate.name })}>
                      {t('common.save')}
                    </SubmitButton>
                    <SubmitButton className="button button--ghost button--small" intent="delete" aria-label={t('hubTaxRates.deleteLabel', { name: rate.name })}>
                      {t('hubTaxRates.delete')}
                    </SubmitButton>
                  </div>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby="new-tax-rate-title">
        <h2 id="new-tax-rate-title" className="card__title">
          {t('hubTaxRates.newTitle')}
        </h2>
        <Form method="post" className="form" key={result?.intent === 'create' && result.done ? `created-${result.values.name}` : 'new'}>
          <FormErrorSummary errors={created.errors.form} title={t('common.fixErrors')} />
          <div className="form-grid">
            <TextField
              label={t('hubTaxRates.name')}
              hint={t('hubTaxRates.nameHint')}
              name="name"
              required
              maxLength={100}
              autoComplete="off"
              defaultValue={created.values?.name ?? ''}
              errors={created.errors.fields.name}
            />
            <TextField
              label={t('hubTaxRates.percentage')}
              hint={t('hubTaxRates.percentageHint')}
              name="percentage"
              required
              inputMode="decimal"
              autoComplete="off"
              defaultValue={created.values?.percentage ?? ''}
              errors={created.errors.fields.percentage}
            />
          </div>
          <CheckboxField label={t('hubTaxRates.isDefault')} name="isDefault" defaultChecked={created.values?.isDefault === 'on'} />
          <div className="form-actions">
            <SubmitButton intent="create">{t('hubTaxRates.create')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
