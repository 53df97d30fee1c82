import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../components/hub/export-links.js';
import { ListFilters } from '../components/hub/list-filters.js';
import { ListTable } from '../components/hub/list-table.js';
import { SelectField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customersQuery } from '../graphql/customers.server.js';
import { apiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { ACCESS_STATUSES, CUSTOMER_STATUSES, customerFilterFromParams, customerFilterParams, isFiltered } from '../utils/customer-filter.js';
import { useHydrated } from '../utils/hydrated.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('customers.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filter = customerFilterFromParams(params);
  const { customers, priceLevels } = await gql(request, context, customersQuery, { first: 25, after: params.get('after') || null, ...filter });
  return json(
    {
      filter,
      priceLevels,
      totalCount: customers.totalCount,
      customers: customers.edges.map((e) => e.node),
      pageInfo: customers.pageInfo,
    },
    { headers: responseHeaders(request) },
  );
}

export default function Customers() {
  const { filter, priceLevels, totalCount, customers, pageInfo } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const filtered = isFiltered(filter);
  const filterKey = customerFilterParams(filter).toString();
  const allOnPage = customers.length > 0 && customers.every((c) => selected.has(c.id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <div className="page-header">
        <h1>{t('customers.title')}</h1>
        <div className="page-header__actions">
          <ExportLinks name="customers" />
          <Link to="/hub/customers/new" className="button button--primary">
            {t('customers.new')}
          </Link>
        </div>
      </div>

      <ListFilters active={filtered}>
        <Form method="get" role="search" className="card filters" aria-label={t('customers.filters.label')} key={filterKey}>
          <div className="filters__search">
            <label htmlFor="customer-search">{t('customers.searchLabel')}</label>
            <input id="customer-search" type="search" name="q" defaultValue={filter.query ?? ''} placeholder={t('customers.searchPlaceholder')} autoComplete="off" />
          </div>
          <SelectField label={t('customers.status')} name="status" defaultValue={filter.status ?? ''}>
            <option value="">{t('customers.filters.any')}</option>
            {CUSTOMER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.customer.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('customers.priceLevel')} name="priceLevel" defaultValue={filter.priceLevelId ?? ''}>
            <option value="">{t('customers.filters.any')}</option>
            {priceLevels.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('customers.documentLanguage')} name="language" defaultValue={filter.language ?? ''}>
            <option value="">{t('customers.filters.any')}</option>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={apiLanguage(l.code)}>
                {languageName(l.code, i18n.language)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('customers.filters.access')} name="access" defaultValue={filter.accessStatus ?? ''}>
            <option value="">{t('customers.filters.any')}</option>
            {ACCESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`customers.filters.accessStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <div className="filters__actions">
            <button type="submit" className="button button--secondary">
              {t('common.filter')}
            </button>
            {filtered ? (
              <Link to="/hub/customers" className="button button--ghost">
                {t('customers.filters.clear')}
              </Link>
            ) : null}
          </div>
        </Form>
      </ListFilters>

      <ListTable
        rows={customers}
        rowKey={(c) => c.id}
        empty={filtered ? t('customers.noMatch') : t('customers.empty')}
        pageInfo={pageInfo}
        toolbar={
          // The row checkboxes belong to this form (form="bulk-form"): it works without JavaScript.
          <Form method="get" action="/hub/customers/bulk-grant" id="bulk-form" className="bulk-bar" aria-label={t('customers.bulk.label')}>
            {[...customerFilterParams(filter).entries()].map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <p className="bulk-bar__count" aria-live="polite">
              {hydrated && selected.size > 0 ? t('customers.bulk.selected', { count: selected.size }) : t('customers.bulk.matching', { count: totalCount })}
            </p>
            <div className="bulk-bar__actions">
              <button type="submit" name="scope" value="selected" className="button button--secondary" disabled={hydrated && selected.size === 0}>
                {t('customers.bulk.grantSelected')}
              </button>
              <button type="submit" name="scope" value="all" className="button button--secondary">
                {t('customers.bulk.grantAll', { count: totalCount })}
              </button>
            </div>
          </Form>
        }
        columns={[
          {
            header: t('customers.bulk.select'),
            className: 'check-cell',
            head: hydrated ? (
              <input
                type="checkbox"
                aria-label={t('customers.bulk.selectPage')}
                checked={allOnPage}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setSelected((current) => {
                    const next = new Set(current);
                    for (const c of customers) {
                      if (on) next.add(c.id);
                      else next.delete(c.id);
                    }
                    return next;
                  });
                }}
              />
            ) : (
              <span className="visually-hidden">{t('customers.bulk.select')}</span>
            ),
            cell: (c) => (
              <input
                type="checkbox"
                name="customerId"
                value={c.id}
                form="bulk-form"
                aria-label={t('customers.bulk.selectOne', { name: c.name })}
                checked={selected.has(c.id)}
                onChange={(event) => toggle(c.id, event.currentTarget.checked)}
              />
            ),
          },
          {
            header: t('customers.name'),
            primary: true,
            cell: (c) => (
              <Link to={`/hub/customers/${encodeURIComponent(c.id)}`} className="strong">
                {c.name}
              </Link>
            ),
          },
          { header: t('customers.number'), className: 'mono', cell: (c) => c.customerNumber },
          { header: t('customers.language'), cell: (c) => languageName(c.documentLanguage, i18n.language) },
          { header: t('customers.status'), cell: (c) => <StatusBadge kind="customer" status={c.status} /> },
          { header: t('customers.accessCount'), className: 'num', cell: (c) => c.accessCount },
          { header: t('customers.lastAccess'), cell: (c) => (c.lastAccessAt ? <DateTime value={c.lastAccessAt} withTime /> : <span className="muted">—</span>) },
        ]}
      />
    </>
  );
}
