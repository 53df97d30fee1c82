import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '../components/ui/relative-time.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubNotificationsMarkReadMutation, hubNotificationsQuery, storeAccessApproveMutation } from '../graphql/notifications.server.js';
import { DateTime, Money } from '../components/ui/format.js';
import { text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('bell.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { hubNotifications } = await gql(request, context, hubNotificationsQuery);
  return json({ notifications: hubNotifications }, { headers: responseHeaders(request) });
}

/** Approves one access awaiting approval (A6), right from the bell. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  if (text(form, 'intent') === 'markRead') {
    // Everything shown counts as seen by this staff member; the badge drops to 0 (N2).
    const { hubNotificationsMarkRead } = await gql(request, context, hubNotificationsMarkReadMutation, {
      input: { kinds: ['NEW_ORDERS', 'PENDING_APPROVALS', 'REGISTRATION_REQUESTS', 'QUOTE_REQUESTS'] },
    });
    return json({ approved: null, markedRead: true, errors: hubNotificationsMarkRead.userErrors.map((e) => e.message) }, { headers: responseHeaders(request) });
  }
  const { storeAccessApprove } = await gql(request, context, storeAccessApproveMutation, { input: { id: text(form, 'accessId') } });
  return json(
    { approved: storeAccessApprove.userErrors.length === 0 ? (storeAccessApprove.storeAccess?.email ?? null) : null, markedRead: false, errors: storeAccessApprove.userErrors.map((e) => e.message) },
    { headers: responseHeaders(request) },
  );
}

export default function Notifications() {
  const { notifications: n } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();

  return (
    <>
      <div className="page-header">
        <h1>{t('bell.title')}</h1>
        {n.unreadCount > 0 ? (
          <Form method="post">
            <SubmitButton intent="markRead" className="button button--secondary">
              {t('orderFlow.bell.markRead', { count: n.unreadCount })}
            </SubmitButton>
          </Form>
        ) : null}
      </div>
      {actionData?.markedRead ? (
        <div className="alert alert--success" role="status">
          <p>{t('orderFlow.bell.markedRead')}</p>
        </div>
      ) : null}
      {actionData?.approved ? (
        <div className="alert alert--success" role="status">
          <p>{t('bell.approved', { email: actionData.approved })}</p>
        </div>
      ) : null}
      {actionData?.errors.length ? (
        <div className="alert alert--error" role="alert">
          {actionData.errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      {n.total === 0 ? (
        <div className="empty card">
          <p>{t('bell.nothing')}</p>
        </div>
      ) : null}

      <section className="card" aria-labelledby="approvals-title">
        <div className="card__header">
          <h2 id="approvals-title" className="card__title">
            {t('bell.approvals')}
          </h2>
          <span className="badge badge--warning">{n.pendingApprovalCount}</span>
        </div>
        {n.pendingApprovals.length === 0 ? (
          <p className="muted">{t('bell.noApprovals')}</p>
        ) : (
          <ul className="notice-list">
            {n.pendingApprovals.map((a) => (
              <li key={a.id}>
                <div>
                  <p className="strong">{a.email}</p>
                  <p className="muted small">
                    <Link to={`/hub/customers/${encodeURIComponent(a.customer.id)}`}>{a.customer.name}</Link> · <RelativeTime value={a.grantedAt} />
                  </p>
                </div>
                <Form method="post">
                  <input type="hidden" name="accessId" value={a.id} />
                  <SubmitButton className="button button--primary button--small" aria-label={t('bell.approveLabel', { email: a.email })}>
                    {t('access.actions.approve')}
                  </SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="requests-title">
        <div className="card__header">
          <h2 id="requests-title" className="card__title">
            {t('bell.requests')}
          </h2>
          <span className="badge badge--info">{n.registrationRequestCount}</span>
        </div>
        {n.registrationRequests.length === 0 ? (
          <p className="muted">{t('bell.noRequests')}</p>
        ) : (
          <ul className="notice-list">
            {n.registrationRequests.map((r) => (
              <li key={r.id}>
                <div>
                  <Link to={`/hub/registrations/${encodeURIComponent(r.id)}`} className="strong">
                    {r.companyName}
                  </Link>
                  <p className="muted small">
                    {r.contactName} · {r.email} · <RelativeTime value={r.createdAt} />
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/hub/registrations">{t('bell.allRequests')}</Link>
        </p>
      </section>

      <section className="card" aria-labelledby="quotes-title">
        <div className="card__header">
          <h2 id="quotes-title" className="card__title">
            {t('hubQuotes.bell.title')}
          </h2>
          <span className="badge badge--info">{n.requestedQuoteCount}</span>
          {n.unreadQuoteCount > 0 ? <span className="badge badge--warning">{t('orderFlow.bell.new', { count: n.unreadQuoteCount })}</span> : null}
        </div>
        {n.requestedQuotes.length === 0 ? (
          <p className="muted">{t('hubQuotes.bell.none')}</p>
        ) : (
          <ul className="notice-list">
            {n.requestedQuotes.map((q) => (
              <li key={q.id}>
                <div>
                  <Link to={`/hub/quotes/${encodeURIComponent(q.id)}`} className="strong">
                    {t('hubQuotes.quoteTitle', { number: q.number })}
                  </Link>
                  <p className="muted small">
                    {q.customer.name} · <DateTime value={q.createdAt} withTime />
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {n.requestedQuoteCount > 0 ? (
          <p>
            <Link to="/hub/quotes?status=REQUESTED">{t('hubQuotes.bell.all', { count: n.requestedQuoteCount })}</Link>
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="orders-title">
        <div className="card__header">
          <h2 id="orders-title" className="card__title">
            {t('bell.orders')}
          </h2>
          <span className="badge badge--info">{n.submittedOrderCount}</span>
          {n.unreadOrderCount > 0 ? <span className="badge badge--warning">{t('orderFlow.bell.new', { count: n.unreadOrderCount })}</span> : null}
        </div>
        {n.submittedOrders.length === 0 ? (
          <p className="muted">{t('bell.noOrders')}</p>
        ) : (
          <ul className="notice-list">
            {n.submittedOrders.map((o) => (
              <li key={o.id}>
                <div>
                  <Link to={`/hub/orders/${encodeURIComponent(o.id)}`} className="strong">
                    {t('orders.orderTitle', { number: o.number })}
                  </Link>
                  <p className="muted small">
                    {o.customer.name} · <Money value={o.total} /> · <DateTime value={o.placedAt} withTime />
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {n.submittedOrderCount > 0 ? (
          <p>
            <Link to="/hub/orders?status=SUBMITTED">{t('bell.ordersToValidate', { count: n.submittedOrderCount })}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
