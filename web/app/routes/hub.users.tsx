import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CredentialsNotice } from '../components/hub/credentials-notice.js';
import { ListFilters } from '../components/hub/list-filters.js';
import { ListTable } from '../components/hub/list-table.js';
import { SelectField, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customerSearchQuery } from '../graphql/customers.server.js';
import type { Language, StoreAccessStatus } from '../graphql/generated/graphql.js';
import { storeUsersQuery } from '../graphql/store-users.server.js';
import { apiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';
import { accessAction } from './hub.customers.$id/accesses.server.js';
import { AccessActions } from './hub.customers.$id/accesses.js';
import type { ActionResult } from './hub.customers.$id/action-result.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('users.title'), 'hub');

// Issue 17, H3 (seed 000's "Users" tab): every store login across customers, with the row actions of
// the customer page (approve, block, unblock, new password) and a WhatsApp chat. Decision 0048.

const STATUSES: StoreAccessStatus[] = ['ACTIVE', 'PENDING_APPROVAL', 'BLOCKED'];
const LANGUAGE_VALUES = LANGUAGES.map((l) => apiLanguage(l.code) as Language);
const FILTERS = ['q', 'status', 'customer', 'language', 'lastBefore', 'lastAfter'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd day as the instant it starts (UTC), or null when absent or malformed. */
function dayStart(value: string): string | null {
  if (!DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function filtersFromParams(params: URLSearchParams) {
  return {
    q: params.get('q')?.trim() ?? '',
    status: STATUSES.find((s) => s === params.get('status')) ?? ('' as const),
    customer: params.get('customer')?.trim() ?? '',
    language: LANGUAGE_VALUES.find((l) => l === params.get('language')) ?? ('' as const),
    lastBefore: dayStart(params.get('lastBefore') ?? '') ? (params.get('lastBefore') as string) : '',
    lastAfter: dayStart(params.get('lastAfter') ?? '') ? (params.get('lastAfter') as string) : '',
  };
}

type Problem = { key: 'users.customerNotFound'; number: string } | null;

/** Staff (sales and admins) see every login, as they see every customer; the API refuses anyone else. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filters = filtersFromParams(params);
  let problem: Problem = null;
  // People type a customer number; the API filters by the customer's id.
  let customerId: string | null = null;
  if (filters.customer) {
    const { customers } = await gql(request, context, customerSearchQuery, { query: filters.customer });
    const nodes = customers.edges.map((e) => e.node);
    const exact = nodes.find((c) => c.customerNumber.toLowerCase() === filters.customer.toLowerCase()) ?? (nodes.length === 1 ? nodes[0] : undefined);
    if (exact) customerId = exact.id;
    else problem = { key: 'users.customerNotFound', number: filters.customer };
  }
  const { storeUsers } = await gql(request, context, storeUsersQuery, {
    first: 25,
    after: params.get('after') || null,
    search: filters.q || null,
    status: filters.status || null,
    customerId,
    language: filters.language || null,
    lastAccessBefore: dayStart(filters.lastBefore),
    lastAccessAfter: dayStart(filters.lastAfter),
  });
  return json(
    {
      filters,
      problem,
      // An unknown customer number lists nothing rather than everything.
      users: problem ? [] : storeUsers.edges.map((e) => e.node),
      totalCount: problem ? 0 : storeUsers.totalCount,
      pageInfo: problem ? { hasNextPage: false, endCursor: null } : storeUsers.pageInfo,
    },
    { headers: responseHeaders(request) },
  );
}

/**
 * A row's action, handled as on the customer page (accesses.server.ts): a new password is answered
 * once (never redirected to); the others redirect back to the same filtered page with a banner.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const url = new URL(request.url);
  const back = new URLSearchParams();
  for (const name of [...FILTERS, 'after']) {
    const value = url.searchParams.get(name);
    if (value) back.set(name, value);
  }
  return accessAction({
    request,
    context,
    form,
    id: '',
    done: (what) => {
      back.set('done', what);
      return redirect(`/hub/users?${back.toString()}`, { headers: responseHeaders(request) });
    },
    reply: (result: ActionResult) => json(result, { headers: responseHeaders(request) }),
  });
}

function whatsAppChat(phone: string): string {
  return `https://wa.me/${phone.replace(/[^\d]/g, '')}`;
}

export default function Users() {
  const { filters, problem, users, totalCount, pageInfo } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const filtered = FILTERS.some((f) => Boolean(filters[f]));
  const done = params.get('done');
  const credentials = actionData?.intent === 'regenerate' ? actionData.credentials : null;
  const credentialsLanguage = credentials ? (users.find((u) => u.email === credentials.email)?.language ?? 'EN') : 'EN';
  // The form posts to this page with its filters, so the redirect after an action shows the same rows.
  const formAction = `/hub/users${params.toString() ? `?${new URLSearchParams([...params.entries()].filter(([k]) => k !== 'done')).toString()}` : ''}`;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="muted">{t('users.intro')}</p>
        </div>
      </div>

      {/* A banner of the previous step gives way to the next action's result. */}
      {done && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t(`customers.done.${done}` as 'customers.done.saved', { defaultValue: t('customers.done.saved') })}</p>
        </div>
      ) : null}
      {credentials ? <CredentialsNotice credentials={credentials} documentLanguage={credentialsLanguage} /> : null}

      <ListFilters active={filtered}>
        <Form method="get" role="search" className="card filters" aria-label={t('users.filters.label')} key={JSON.stringify(filters)}>
          <div className="filters__search">
            <label htmlFor="users-search">{t('users.searchLabel')}</label>
            <input id="users-search" type="search" name="q" defaultValue={filters.q} placeholder={t('users.searchPlaceholder')} autoComplete="off" />
          </div>
          <SelectField id="users-status" label={t('users.filters.status')} name="status" defaultValue={filters.status}>
            <option value="">{t('users.filters.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`customers.filters.accessStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField id="users-customer" label={t('users.filters.customer')} type="search" name="customer" defaultValue={filters.customer} autoComplete="off" />
          <SelectField id="users-language" label={t('users.filters.language')} name="language" defaultValue={filters.language}>
            <option value="">{t('users.filters.any')}</option>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={apiLanguage(l.code)}>
                {languageName(l.code, i18n.language)}
              </option>
            ))}
          </SelectField>
          <TextField id="users-last-after" label={t('users.filters.lastAfter')} type="date" name="lastAfter" defaultValue={filters.lastAfter} />
          <TextField id="users-last-before" label={t('users.filters.lastBefore')} type="date" name="lastBefore" defaultValue={filters.lastBefore} />
          <div className="filters__actions">
            <button type="submit" className="button button--secondary">
              {t('common.filter')}
            </button>
            {filtered ? (
              <Link to="/hub/users" className="button button--ghost">
                {t('users.filters.clear')}
              </Link>
            ) : null}
          </div>
        </Form>
      </ListFilters>

      {problem ? (
        <div className="alert alert--error" role="alert">
          <p>{t(problem.key, { number: problem.number })}</p>
        </div>
      ) : null}

      <ListTable
        rows={users}
        rowKey={(u) => u.id}
        empty={filtered ? t('users.noMatch') : t('users.empty')}
        pageInfo={pageInfo}
        toolbar={
          <p className="muted" data-testid="users-count">
            {t('users.count', { count: totalCount })}
          </p>
        }
        columns={[
          { header: t('users.email'), primary: true, cell: (u) => (
              // A line may break before the "@" only: never letter by letter, never wider than the screen.
              <span className="strong user-email">
                {u.email.split('@')[0]}
                <wbr />@{u.email.split('@').slice(1).join('@')}
                <span className="muted small block" data-testid="user-access-count">
                  {t('users.accessCountValue', { count: u.accessCount })}
                </span>
              </span>
            ),
          },
          {
            header: t('users.customers'),
            cell: (u) => (
              <ul className="user-accesses">
                {u.accesses.map((a) => (
                  <li key={a.id} data-testid="user-access">
                    <Link to={`/hub/customers/${encodeURIComponent(a.customer.id)}`}>{a.customer.name}</Link>{' '}
                    <span className="mono small">{a.customer.customerNumber}</span> <StatusBadge kind="access" status={a.status} />
                  </li>
                ))}
              </ul>
            ),
          },
          { header: t('users.language'), cell: (u) => languageName(u.language, i18n.language) },
          { header: t('users.grantedAt'), cell: (u) => <DateTime value={u.grantedAt} /> },
          { header: t('users.lastAccess'), cell: (u) => (u.lastAccessAt ? <DateTime value={u.lastAccessAt} withTime /> : <span className="muted">{t('access.never')}</span>) },
          {
            header: t('access.actions.label'),
            cell: (u) => (
              <div className="user-actions">
                {u.accesses.map((a) => (
                  <div key={a.id} className="user-actions__access">
                    {u.accesses.length > 1 ? <p className="small muted">{a.customer.name}</p> : null}
                    <AccessActions accessId={a.id} status={a.status} email={u.email} action={formAction} />
                  </div>
                ))}
                {u.phone ? (
                  <a className="button button--whatsapp button--small" href={whatsAppChat(u.phone)} target="_blank" rel="noopener noreferrer">
                    {t('users.whatsApp')}
                    <span className="visually-hidden"> {t('users.whatsAppTitle', { email: u.email })} {t('common.newTab')}</span>
                  </a>
                ) : null}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
