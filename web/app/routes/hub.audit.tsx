import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { AuditActor, AuditChanges, auditTargetHref } from '../components/hub/audit-list.js';
import { SelectField, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { auditEntriesQuery } from '../graphql/audit.server.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customerSearchQuery } from '../graphql/customers.server.js';
import type { AuditAction } from '../graphql/generated/graphql.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('audit.title'), 'hub');

const ACTIONS: AuditAction[] = [
  'STORE_ACCESS_GRANTED',
  'STORE_ACCESS_APPROVED',
  'STORE_ACCESS_BLOCKED',
  'STORE_ACCESS_UNBLOCKED',
  'STORE_ACCESS_PASSWORD_REGENERATED',
  'STORE_ACCESS_LANGUAGE_CHANGED',
  'CUSTOMER_CREATED',
  'CUSTOMER_UPDATED',
  'CUSTOMER_EXCLUDED',
  'CUSTOMER_EXCLUSION_LIFTED',
  'VIEW_AS_CLIENT_START',
  'VIEW_AS_CLIENT_STOP',
  'REGISTRATION_APPROVED',
  'REGISTRATION_REFUSED',
  'ORDER_STATUS_CHANGED',
  'ORDER_SHIPPING_COST_CHANGED',
  'QUOTE_UPDATED',
  'QUOTE_SENT',
  'QUOTE_COMMENTED',
  'QUOTE_ACCEPTED',
  'QUOTE_DECLINED',
  'SETTINGS_UPDATED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
  'STAFF_CREATED',
  'STAFF_UPDATED',
  'PRICE_LEVEL_CREATED',
  'PRICE_LEVEL_UPDATED',
  'STORAGE_LOCATION_CREATED',
  'STORAGE_LOCATION_UPDATED',
  'TAX_RATE_CREATED',
  'TAX_RATE_UPDATED',
  'TAX_RATE_DELETED',
  'LIST_ITEM_CREATED',
  'LIST_ITEM_UPDATED',
  'LIST_ITEM_DELETED',
  'WEBHOOK_ENDPOINT_CREATED',
  'WEBHOOK_ENDPOINT_UPDATED',
  'WEBHOOK_ENDPOINT_DELETED',
  'WEBHOOK_SECRET_ROTATED',
  'WEBHOOK_DELIVERY_REDELIVERED',
  'PRODUCT_CREATED',
  'PRODUCT_UPDATED',
  'PRODUCT_PRICES_SET',
  'STOCK_LEVELS_SET',
  'PRODUCTS_UPSERTED',
  'PRODUCT_PRICES_UPSERTED',
  'STOCK_LEVELS_UPSERTED',
  'CUSTOMERS_UPSERTED',
  'EMAIL_RESENT',
  'FAILED_EMAILS_RESENT',
  'CATALOG_IMPORTED',
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd day as the instant it starts (UTC), or null when absent or malformed. */
function dayStart(value: string, plusDays = 0): string | null {
  if (!DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

type Problem = { key: 'audit.customerNotFound'; number: string } | { key: 'audit.badDates' } | null;

/** Admins only (the API answers FORBIDDEN to anyone else, shown as the 403 page). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const actor = params.get('actor')?.trim() || '';
  const action = ACTIONS.find((a) => a === params.get('action')) ?? '';
  const customer = params.get('customer')?.trim() || '';
  const from = dayStart(params.get('from') ?? '') ? (params.get('from') as string) : '';
  const to = dayStart(params.get('to') ?? '') ? (params.get('to') as string) : '';
  const filters = { actor, action, customer, from, to };
  let problem: Problem = null;

  // People type a customer number; the API filters by the customer's id.
  let customerId: string | null = null;
  if (customer) {
    const { customers } = await gql(request, context, customerSearchQuery, { query: customer });
    const nodes = customers.edges.map((e) => e.node);
    const exact = nodes.find((c) => c.customerNumber.toLowerCase() === customer.toLowerCase()) ?? (nodes.length === 1 ? nodes[0] : undefined);
    if (exact) customerId = exact.id;
    else problem = { key: 'audit.customerNotFound', number: customer };
  }
  if (from && to && from > to) problem = { key: 'audit.badDates' };

  const { auditEntries, staffMembers } = await gql(request, context, auditEntriesQuery, {
    first: 25,
    after: params.get('after') || null,
    filter: {
      actorId: actor || null,
      actions: action ? [action] : null,
      customerId,
      from: from ? dayStart(from) : null,
      to: to ? dayStart(to, 1) : null, // the "to" day is included
    },
  });
  return json(
    {
      filters,
      problem,
      staffMembers,
      // A filter that cannot match (unknown customer, reversed dates) lists nothing rather than everything.
      entries: problem ? [] : auditEntries.edges.map((e) => e.node),
      totalCount: problem ? 0 : auditEntries.totalCount,
      pageInfo: problem ? { hasNextPage: false, endCursor: null } : auditEntries.pageInfo,
    },
    { headers: responseHeaders(request) },
  );
}

export default function AuditTrail() {
  const { filters, problem, staffMembers, entries, totalCount, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const filtered = Boolean(filters.actor || filters.action || filters.customer || filters.from || filters.to);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('audit.title')}</h1>
          <p className="muted">{t('audit.intro')}</p>
        </div>
      </div>

      <Form method="get" role="search" className="card filters" aria-label={t('audit.filters.label')} key={JSON.stringify(filters)}>
        <SelectField id="audit-actor" label={t('audit.filters.actor')} name="actor" defaultValue={filters.actor}>
          <option value="">{t('audit.filters.any')}</option>
          {staffMembers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.email})
            </option>
          ))}
        </SelectField>
        <SelectField id="audit-action" label={t('audit.filters.action')} name="action" defaultValue={filters.action}>
          <option value="">{t('audit.filters.any')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.action.${a}`)}
            </option>
          ))}
        </SelectField>
        <TextField id="audit-customer" label={t('audit.filters.customer')} type="search" name="customer" defaultValue={filters.customer} autoComplete="off" />
        <TextField id="audit-from" label={t('audit.filters.from')} type="date" name="from" defaultValue={filters.from} />
        <TextField id="audit-to" label={t('audit.filters.to')} type="date" name="to" defaultValue={filters.to} />
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            {t('common.filter')}
          </button>
          {filtered ? (
            <Link to="/hub/audit" className="button button--ghost">
              {t('audit.filters.clear')}
            </Link>
          ) : null}
        </div>
      </Form>

      {problem ? (
        <div className="alert alert--error" role="alert">
          <p>{problem.key === 'audit.customerNotFound' ? t(problem.key, { number: problem.number }) : t(problem.key)}</p>
        </div>
      ) : null}

      {entries.length === 0 ? (
        <div className="empty card">
          <p>{filtered ? t('audit.noMatch') : t('audit.empty')}</p>
        </div>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('audit.count', { count: totalCount })}
          </p>
          <div className="card card--flush">
            <div className="table-wrap">
              <table className="table audit-table">
                <caption className="visually-hidden">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.columns.when')}</th>
                    <th scope="col">{t('audit.columns.who')}</th>
                    <th scope="col">{t('audit.columns.action')}</th>
                    <th scope="col">{t('audit.columns.target')}</th>
                    <th scope="col">{t('audit.columns.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => {
                    const href = auditTargetHref(e);
                    return (
                      <tr key={e.id}>
                        <td data-label={t('audit.columns.when')}>
                          <DateTime value={e.createdAt} withTime />
                        </td>
                        <td data-label={t('audit.columns.who')}>
                          <AuditActor entry={e} />
                        </td>
                        <td data-label={t('audit.columns.action')} className="strong">
                          {t(`audit.action.${e.action}`)}
                        </td>
                        <td data-label={t('audit.columns.target')}>
                          {e.targetLabel ? href ? <Link to={href}>{e.targetLabel}</Link> : e.targetLabel : null}
                          {e.customer && e.targetType !== 'Customer' ? (
                            <span className="muted small audit-table__customer">
                              {' '}
                              <Link to={`/hub/customers/${encodeURIComponent(e.customer.id)}`}>{e.customer.name}</Link> ({e.customer.customerNumber})
                            </span>
                          ) : null}
                          {!e.targetLabel && !e.customer ? <span className="muted">—</span> : null}
                        </td>
                        <td data-label={t('audit.columns.changes')}>
                          <AuditChanges entry={e} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
