import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, Form, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CustomerActivity } from '../../components/hub/customer-activity.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import { StatusBadge } from '../../components/ui/status-badge.js';
import { customerActivitiesQuery } from '../../graphql/activity.server.js';
import { customerAuditQuery } from '../../graphql/audit.server.js';
import { viewAsClientStartMutation } from '../../graphql/auth.server.js';
import { gql, responseHeaders } from '../../graphql/client.server.js';
import { customerQuery, visibilityOptionsQuery } from '../../graphql/customers.server.js';
import { customerOrdersQuery } from '../../graphql/ordering.server.js';
import { text } from '../../utils/form-errors.js';
import { pageTitle } from '../../utils/meta.js';
import { parseForm, unknownIntent } from '../../utils/parse-form.server.js';
import { AccessPanel } from './accesses.js';
import { accessAction, accessLanguage, grantAccess } from './accesses.server.js';
import { customerPage, type ActionResult } from './action-result.js';
import { customerAction } from './context.server.js';
import { CustomerNumber } from './customer-number.js';
import { CustomerOrders } from './orders.js';
import { saveCustomerNumber } from './customer-number.server.js';
import { CustomerDetails } from './details.js';
import { ExclusionBanner, ExclusionPanel } from './exclusion.js';
import { excludeCustomer, liftExclusion } from './exclusion.server.js';
import { viewAsSchema } from './schemas.js';
import { CustomerStaffActivity } from './staff-activity.js';

// The customer page of the hub. Each form has its component and zod schema (schemas.ts) in a file of
// this folder and its server side in the matching *.server.ts; this module loads the page, sends each
// posted form to its handler by `intent`, and lays the parts out.

export { RouteErrorBoundary as ErrorBoundary } from '../../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (t) => data?.customer.name ?? t('errors.notFound.title'), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const activityAfter = search.get('activityAfter') || null;
  const [{ customer }, options, activity, audit, orders] = await Promise.all([
    gql(request, context, customerQuery, { id: params.id ?? '' }),
    gql(request, context, visibilityOptionsQuery),
    gql(request, context, customerActivitiesQuery, { id: params.id ?? '', first: 20, after: activityAfter }),
    gql(request, context, customerAuditQuery, { id: params.id ?? '', after: search.get('auditAfter') || null }),
    gql(request, context, customerOrdersQuery, { id: params.id ?? '' }),
  ]);
  return json({ customer, options, activities: activity.customer.activities, auditEvents: audit.customer.auditEvents, orders }, { headers: responseHeaders(request) });
}

/**
 * Everything staff do on one customer: the inline customer number (A2), grant and manage store
 * accesses (A3, A5, A6, A10), exclusion (A8) and view as client (V1). Changes that need no
 * one-time display redirect back (so a reload never repeats them); credentials are shown once.
 */
export async function action(args: ActionFunctionArgs) {
  const form = await args.request.formData();
  const handler = customerAction(args, form);
  switch (text(form, 'intent')) {
    case 'customerNumber':
      return saveCustomerNumber(handler);
    case 'grant':
      return grantAccess(handler);
    case 'regenerate':
    case 'block':
    case 'unblock':
    case 'approve':
      return accessAction(handler);
    case 'language':
      return accessLanguage(handler);
    case 'exclude':
      return excludeCustomer(handler);
    case 'lift':
      return liftExclusion(handler);
    case 'viewAs': {
      parseForm(form, viewAsSchema);
      await gql(args.request, args.context, viewAsClientStartMutation, { input: { customerId: handler.id } });
      throw redirect('/', { headers: responseHeaders(args.request) });
    }
    default:
      return unknownIntent();
  }
}

export default function CustomerPage() {
  const { customer, options, activities, auditEvents, orders } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const hasEmail = customer.emailAccesses.length > 0;
  const done = params.get('done');
  const page = customerPage(customer.id);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/customers">
          <span aria-hidden="true">← </span>
          {t('customers.back')}
        </Link>
      </p>
      {/* A banner of the previous step (kept in the URL) gives way to the next action's result. */}
      {params.get('created') && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t('customers.created', { name: customer.name })}</p>
        </div>
      ) : null}
      {done && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t(`customers.done.${done}` as 'customers.done.saved', { defaultValue: t('customers.done.saved') })}</p>
        </div>
      ) : null}

      <ExclusionBanner customer={customer} />

      <div className="page-header">
        <div>
          <h1>{customer.name}</h1>
          <CustomerNumber customer={customer} />
        </div>
        <div className="page-header__actions">
          <StatusBadge kind="customer" status={customer.status} />
          <Link to={`/hub/orders?customer=${encodeURIComponent(customer.customerNumber)}`} className="button button--secondary">
            {t('orderFlow.customerOrders')}
          </Link>
          <Link to={`${page}/edit`} className="button button--secondary">
            {t('customers.edit')}
          </Link>
          <Link to={`/hub/catalog/explain?cq=${encodeURIComponent(customer.customerNumber)}`} className="button button--ghost">
            {t('hubCatalog.explain.fromCustomer')}
          </Link>
          <Form method="post" action={page}>
            <SubmitButton intent="viewAs" className="button button--primary">
              {t('viewAs.start')}
            </SubmitButton>
          </Form>
        </div>
      </div>

      <CustomerDetails customer={customer} />

      <CustomerOrders data={orders} customerNumber={customer.customerNumber} />

      {hasEmail ? <AccessPanel customer={customer} options={options} /> : <p className="note">{t('access.needsEmail')}</p>}

      <ExclusionPanel customer={customer} />

      <CustomerActivity activities={activities} />

      <CustomerStaffActivity auditEvents={auditEvents} />
    </>
  );
}
