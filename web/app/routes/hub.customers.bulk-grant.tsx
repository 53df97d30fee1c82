import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { VisibilityFields } from '../components/hub/visibility-fields.js';
import { FormErrorSummary } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customersByIdQuery, customersQuery, storeAccessBulkGrantMutation, visibilityOptionsQuery } from '../graphql/customers.server.js';
import { languageName } from '../i18n/i18n.js';
import { customerFilterFromParams, customerFilterParams, type CustomerFilter } from '../utils/customer-filter.js';
import { formErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { VISIBILITY_ALIASES, VISIBILITY_FIELDS, visibilityFromForm, visibilitySelection } from '../utils/visibility.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('bulkGrant.title'), 'hub');

/** At most one page of the list can be ticked; more are granted through the filter. */
const MAX_SELECTED = 100;

interface Picked {
  id: string;
  name: string;
  customerNumber: string;
}

/**
 * Step 2 of a bulk grant (A4), reached from the customer list: which customers (ticked, or every
 * one matching the list's filter), one visibility for all, and a confirmation.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filter = customerFilterFromParams(params);
  const scope = params.get('scope') === 'all' ? 'all' : 'selected';
  const options = await gql(request, context, visibilityOptionsQuery);
  // One key per rendering of the confirmation: a double submit starts one task only.
  const idempotencyKey = crypto.randomUUID();
  const qs = customerFilterParams(filter).toString();
  const back = `/hub/customers${qs ? `?${qs}` : ''}`;

  if (scope === 'all') {
    const { customers, priceLevels } = await gql(request, context, customersQuery, { first: 1, after: null, ...filter });
    const priceLevel = priceLevels.find((p) => p.id === filter.priceLevelId)?.name ?? null;
    return json(
      { scope, filter, priceLevel, count: customers.totalCount, selected: [] as Picked[], options, idempotencyKey, back },
      { headers: responseHeaders(request) },
    );
  }
  const ids = [...new Set(params.getAll('customerId').filter(Boolean))].slice(0, MAX_SELECTED);
  const selected: Picked[] = ids.length
    ? (await gql(request, context, customersByIdQuery, { ids })).nodes.flatMap((n): Picked[] => (n && n.__typename === 'Customer' ? [{ id: n.id, name: n.name, customerNumber: n.customerNumber }] : []))
    : [];
  return json(
    { scope, filter, priceLevel: null, count: selected.length, selected, options, idempotencyKey, back },
    { headers: responseHeaders(request) },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const visibility = visibilityFromForm(form);
  const all = text(form, 'scope') === 'all';
  const filter = all ? customerFilterFromParams(new URLSearchParams([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'))) : null;
  const { storeAccessBulkGrant } = await gql(request, context, storeAccessBulkGrantMutation, {
    input: {
      idempotencyKey: text(form, 'idempotencyKey'),
      customerIds: all ? null : form.getAll('customerId').filter((v): v is string => typeof v === 'string'),
      filter: filter ? { ...filter } : null,
      visibility,
    },
  });
  if (storeAccessBulkGrant.task && storeAccessBulkGrant.userErrors.length === 0) {
    throw redirect(`/hub/tasks/${encodeURIComponent(storeAccessBulkGrant.task.id)}`, { headers: responseHeaders(request) });
  }
  return json(
    { errors: formErrors(storeAccessBulkGrant.userErrors, VISIBILITY_FIELDS, VISIBILITY_ALIASES), selection: visibilitySelection(visibility) },
    { headers: responseHeaders(request) },
  );
}

function FilterSummary({ filter, priceLevel }: { filter: CustomerFilter; priceLevel: string | null }) {
  const { t, i18n } = useTranslation();
  const parts = [
    filter.query ? t('bulkGrant.filter.query', { q: filter.query }) : null,
    filter.status ? `${t('customers.status')}: ${t(`status.customer.${filter.status}`)}` : null,
    priceLevel ? `${t('customers.priceLevel')}: ${priceLevel}` : null,
    filter.language ? `${t('customers.documentLanguage')}: ${languageName(filter.language, i18n.language)}` : null,
    filter.accessStatus ? `${t('customers.filters.access')}: ${t(`customers.filters.accessStatus.${filter.accessStatus}`)}` : null,
  ].filter(Boolean);
  return <p>{parts.length ? t('bulkGrant.filter.matching', { filter: parts.join(' · ') }) : t('bulkGrant.filter.everyone')}</p>;
}

export default function BulkGrant() {
  const { scope, filter, priceLevel, count, selected, options, idempotencyKey, back } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = actionData?.errors;

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>
          <span aria-hidden="true">← </span>
          {t('customers.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{t('bulkGrant.title')}</h1>
      </div>
      {count === 0 ? (
        <div className="empty card">
          <p>{scope === 'all' ? t('bulkGrant.noMatch') : t('bulkGrant.noneSelected')}</p>
          <p>
            <Link to={back} className="button button--secondary">
              {t('customers.back')}
            </Link>
          </p>
        </div>
      ) : (
        <Form method="post" className="form card form--wide">
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <input type="hidden" name="scope" value={scope} />
          {scope === 'all'
            ? [...customerFilterParams(filter).entries()].map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
            : selected.map((c) => <input key={c.id} type="hidden" name="customerId" value={c.id} />)}
          <FormErrorSummary errors={errors?.form} title={t('common.fixErrors')} />
          <section aria-labelledby="who-title">
            <h2 id="who-title">{t('bulkGrant.who', { count })}</h2>
            {scope === 'all' ? (
              <FilterSummary filter={filter} priceLevel={priceLevel} />
            ) : (
              <ul className="pill-list">
                {selected.map((c) => (
                  <li key={c.id}>
                    {c.name} <span className="muted mono">{c.customerNumber}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="muted small">{t('bulkGrant.rules')}</p>
          </section>
          <VisibilityFields options={options} selected={actionData?.selection} errors={errors?.fields} />
          <p className="note">{t('bulkGrant.noMessage')}</p>
          <div className="form-actions">
            <Link to={back} className="button button--ghost">
              {t('common.cancel')}
            </Link>
            <SubmitButton>{t('bulkGrant.confirm', { count })}</SubmitButton>
          </div>
        </Form>
      )}
    </>
  );
}
