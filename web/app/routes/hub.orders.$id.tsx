import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { StaffActivity } from '../components/hub/audit-list.js';
import { OrderTimeline } from '../components/store/order-timeline.js';
import { OrderDocuments } from '../components/store/order-documents.js';
import { OrderView, QuoteBadge } from '../components/store/order-view.js';
import { FormErrorSummary, TextAreaField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { orderAuditQuery } from '../graphql/audit.server.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import {
  hubOrderQuery,
  orderCancelMutation,
  orderDeliverMutation,
  orderRejectMutation,
  orderShipMutation,
  orderShippingCostUpdateMutation,
  orderValidateMutation,
} from '../graphql/ordering.server.js';
import { formErrors, noErrors, optionalText, text, type ApiUserError, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('orders.orderTitle', { number: data.order.number }) : t('errors.notFound.title')), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auditAfter = new URL(request.url).searchParams.get('auditAfter') || null;
  const [{ order }, audit] = await Promise.all([
    gql(request, context, hubOrderQuery, { id: params.id ?? '' }),
    gql(request, context, orderAuditQuery, { id: params.id ?? '', after: auditAfter }),
  ]);
  return json({ order, auditEvents: audit.order.auditEvents }, { headers: responseHeaders(request) });
}

const INTENTS = ['validate', 'reject', 'ship', 'deliver', 'cancel', 'shipping'] as const;
type Intent = (typeof INTENTS)[number];

/** Staff move the order through its workflow (O4) or change its shipping cost (O5). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent') as Intent;
  const orderId = params.id ?? '';
  const reason = optionalText(form, 'reason');
  let userErrors: readonly ApiUserError[];
  switch (intent) {
    case 'validate':
      userErrors = (await gql(request, context, orderValidateMutation, { input: { orderId } })).orderValidate.userErrors;
      break;
    case 'reject':
      userErrors = (await gql(request, context, orderRejectMutation, { input: { orderId, reason: reason ?? '' } })).orderReject.userErrors;
      break;
    case 'ship':
      userErrors = (await gql(request, context, orderShipMutation, { input: { orderId } })).orderShip.userErrors;
      break;
    case 'deliver':
      userErrors = (await gql(request, context, orderDeliverMutation, { input: { orderId } })).orderDeliver.userErrors;
      break;
    case 'cancel':
      userErrors = (await gql(request, context, orderCancelMutation, { input: { orderId, reason } })).orderCancel.userErrors;
      break;
    case 'shipping':
      userErrors = (await gql(request, context, orderShippingCostUpdateMutation, { input: { orderId, shippingCost: text(form, 'shippingCost') } })).orderShippingCostUpdate.userErrors;
      break;
    default:
      throw new Response('Unknown action', { status: 400 });
  }
  if (userErrors.length === 0) {
    throw redirect(`/hub/orders/${encodeURIComponent(orderId)}?done=${intent}`, { headers: responseHeaders(request) });
  }
  return json(
    { intent, errors: formErrors(userErrors, ['reason', 'shippingCost']), values: { reason: reason ?? '', shippingCost: text(form, 'shippingCost') } },
    { headers: responseHeaders(request) },
  );
}

export default function HubOrder() {
  const { order, auditEvents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const done = params.get('done') as Intent | null;
  const errorsFor = (intent: Intent): FormErrors => (actionData?.intent === intent ? actionData.errors : noErrors);
  const valueFor = (intent: Intent, name: 'reason' | 'shippingCost', fallback = '') => (actionData?.intent === intent ? actionData.values[name] : fallback);
  const status = order.status;
  const canShippingChange = status === 'SUBMITTED' || status === 'VALIDATED';
  const onBehalfName = order.placedByStaff?.name ?? order.placedOnBehalfBy;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/orders">
          <span aria-hidden="true">← </span>
          {t('hub.orders.back')}
        </Link>
      </p>
      <div className="page-header">
        <div className="order-heading">
          <h1>{t('orders.orderTitle', { number: order.number })}</h1>
          <QuoteBadge kind={order.kind} />
        </div>
      </div>
      {done && INTENTS.includes(done) && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t(`orderFlow.done.${done}`, { number: order.number })}</p>
        </div>
      ) : null}

      <section className="card order-actions" aria-labelledby="order-actions-title">
        <h2 id="order-actions-title" className="card__title">
          {t('orderFlow.actions.title')}
        </h2>
        {actionData && !['reject', 'cancel', 'shipping'].includes(actionData.intent) ? <FormErrorSummary errors={actionData.errors.form} /> : null}
        {status === 'SUBMITTED' || status === 'VALIDATED' || status === 'SHIPPED' ? (
          <div className="order-actions__row">
            {status === 'SUBMITTED' ? (
              <Form method="post">
                <SubmitButton intent="validate">{t('orderFlow.actions.validate')}</SubmitButton>
              </Form>
            ) : null}
            {status === 'VALIDATED' ? (
              <Form method="post">
                <SubmitButton intent="ship">{t('orderFlow.actions.ship')}</SubmitButton>
              </Form>
            ) : null}
            {status === 'SHIPPED' ? (
              <Form method="post">
                <SubmitButton intent="deliver">{t('orderFlow.actions.deliver')}</SubmitButton>
              </Form>
            ) : null}
          </div>
        ) : (
          <p className="muted">{t('orderFlow.actions.closed', { status: t(`status.order.${status}`).toLowerCase() })}</p>
        )}
        {status === 'SUBMITTED' ? (
          <details className="order-actions__more" open={actionData?.intent === 'reject'}>
            <summary>{t('orderFlow.actions.reject')}</summary>
            <Form method="post" className="stack-form">
              <FormErrorSummary errors={errorsFor('reject').form} />
              <TextAreaField
                name="reason"
                label={t('orderFlow.actions.rejectReason')}
                hint={t('orderFlow.actions.rejectHint')}
                rows={3}
                maxLength={2000}
                defaultValue={valueFor('reject', 'reason')}
                errors={errorsFor('reject').fields.reason}
              />
              <SubmitButton intent="reject" className="button button--danger">
                {t('orderFlow.actions.rejectConfirm')}
              </SubmitButton>
            </Form>
          </details>
        ) : null}
        {status === 'SUBMITTED' || status === 'VALIDATED' ? (
          <details className="order-actions__more" open={actionData?.intent === 'cancel'}>
            <summary>{t('orderFlow.actions.cancel')}</summary>
            <Form method="post" className="stack-form">
              <FormErrorSummary errors={errorsFor('cancel').form} />
              <TextAreaField
                name="reason"
                label={t('orderFlow.actions.cancelReason')}
                rows={2}
                maxLength={2000}
                defaultValue={valueFor('cancel', 'reason')}
                errors={errorsFor('cancel').fields.reason}
              />
              <SubmitButton intent="cancel" className="button button--danger">
                {t('orderFlow.actions.cancelConfirm')}
              </SubmitButton>
            </Form>
          </details>
        ) : null}
        {canShippingChange ? (
          <Form method="post" className="inline-form order-actions__shipping">
            <FormErrorSummary errors={errorsFor('shipping').form} />
            <TextField
              name="shippingCost"
              label={t('orderFlow.shipping.label', { currency: order.shippingCost.currencyCode })}
              inputMode="decimal"
              defaultValue={valueFor('shipping', 'shippingCost', order.shippingCost.amount)}
              key={`${order.shippingCost.amount}-${actionData?.intent ?? ''}`}
              errors={errorsFor('shipping').fields.shippingCost}
            />
            <div className="inline-form__actions">
              <SubmitButton intent="shipping" className="button button--secondary">
                {t('orderFlow.shipping.save')}
              </SubmitButton>
            </div>
          </Form>
        ) : null}
      </section>

      <OrderView
        order={order}
        onBehalf={onBehalfName ? t('orderDetails.onBehalfBy', { name: onBehalfName }) : null}
        extraFacts={
          <div>
            <dt>{t('hub.orders.customer')}</dt>
            <dd>
              <Link to={`/hub/customers/${encodeURIComponent(order.customer.id)}`}>{order.customer.name}</Link>{' '}
              <span className="muted">({order.customer.customerNumber})</span>
            </dd>
          </div>
        }
      />
      <OrderDocuments documents={order.documents} order={order} />
      <OrderTimeline entries={order.timeline} />
      <StaffActivity entries={auditEvents.edges.map((e) => e.node)} pageInfo={auditEvents.pageInfo} param="auditAfter" id="staff-activity" />
    </>
  );
}
