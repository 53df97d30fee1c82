import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SecretOnce } from '../components/hub/secret-once.js';
import { CheckboxField, FormErrorSummary, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import {
  webhookDeliveriesQuery,
  webhookDeliveryRedeliverMutation,
  webhookEndpointCreateMutation,
  webhookEndpointDeleteMutation,
  webhookEndpointRotateSecretMutation,
  webhookEndpointSendTestMutation,
  webhookEndpointsQuery,
  webhookEndpointUpdateMutation,
} from '../graphql/webhooks.server.js';
import type { WebhookEventType } from '../graphql/generated/graphql.js';
import { formErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

// Webhook endpoints (issue 14 E4, decision 34), admins only: register one (the secret is shown
// once), edit, disable, delete, rotate its secret; per endpoint its deliveries, keyset-paged, a
// test event and a redelivery. Everything goes through the GraphQL API the integrators use.

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('webhooks.title'), 'hub');

const EVENTS: WebhookEventType[] = [
  'ORDER_PLACED',
  'ORDER_STATUS_CHANGED',
  'ORDER_SHIPPING_COST_CHANGED',
  'CUSTOMER_CREATED',
  'CUSTOMER_UPDATED',
  'STORE_ACCESS_GRANTED',
  'STORE_ACCESS_APPROVED',
  'STORE_ACCESS_BLOCKED',
  'REGISTRATION_REQUESTED',
  'CATALOG_IMPORT_FINISHED',
];
/** The `type` on the wire of each event (what the receiver sees). */
const WIRE: Record<WebhookEventType, string> = {
  ORDER_PLACED: 'order.placed',
  ORDER_STATUS_CHANGED: 'order.status_changed',
  ORDER_SHIPPING_COST_CHANGED: 'order.shipping_cost_changed',
  CUSTOMER_CREATED: 'customer.created',
  CUSTOMER_UPDATED: 'customer.updated',
  STORE_ACCESS_GRANTED: 'store_access.granted',
  STORE_ACCESS_APPROVED: 'store_access.approved',
  STORE_ACCESS_BLOCKED: 'store_access.blocked',
  REGISTRATION_REQUESTED: 'registration.requested',
  CATALOG_IMPORT_FINISHED: 'catalog_import.finished',
};
const FIELDS = ['url', 'description', 'events'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const { webhookEndpoints } = await gql(request, context, webhookEndpointsQuery);
  const endpoints = webhookEndpoints.edges.map((e) => e.node);
  const selected = endpoints.find((e) => e.id === params.get('endpoint')) ?? null;
  let deliveries = null;
  if (selected) {
    const { node } = await gql(request, context, webhookDeliveriesQuery, { id: selected.id, after: params.get('after') || null });
    deliveries = node && 'deliveries' in node ? node.deliveries : null;
  }
  return json({ endpoints, selected, deliveries }, { headers: responseHeaders(request) });
}

type ActionResult =
  | { intent: 'create' | 'rotate'; ok: true; url: string; secret: string; id: string }
  | { intent: 'create' | 'update'; ok: false; errors: FormErrors; values: { url: string; description: string; events: string[]; active: boolean }; id?: string };

const eventsOf = (form: FormData) => form.getAll('events').filter((e): e is WebhookEventType => typeof e === 'string' && (EVENTS as string[]).includes(e));

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = text(form, 'id');
  const back = (query: Record<string, string>) => redirect(`/hub/webhooks?${new URLSearchParams(query).toString()}`, { headers: responseHeaders(request) });
  if (intent === 'create' || intent === 'update') {
    const values = { url: text(form, 'url'), description: text(form, 'description'), events: eventsOf(form), active: form.get('active') === 'on' };
    if (intent === 'create') {
      const { webhookEndpointCreate: r } = await gql(request, context, webhookEndpointCreateMutation, { input: values });
      const result: ActionResult =
        r.secret && r.webhookEndpoint && !r.userErrors.length
          ? { intent, ok: true, url: r.webhookEndpoint.url, secret: r.secret, id: r.webhookEndpoint.id }
          : { intent, ok: false, errors: formErrors(r.userErrors, FIELDS), values };
      return json(result, { headers: responseHeaders(request) });
    }
    const { webhookEndpointUpdate: r } = await gql(request, context, webhookEndpointUpdateMutation, { input: { id, ...values } });
    if (r.userErrors.length) return json({ intent, ok: false, errors: formErrors(r.userErrors, FIELDS), values, id } satisfies ActionResult, { headers: responseHeaders(request) });
    throw back({ endpoint: id, done: 'saved' });
  }
  if (intent === 'enable' || intent === 'disable') {
    await gql(request, context, webhookEndpointUpdateMutation, { input: { id, active: intent === 'enable' } });
    throw back({ endpoint: id, done: intent === 'enable' ? 'enabled' : 'disabled' });
  }
  if (intent === 'rotate') {
    const { webhookEndpointRotateSecret: r } = await gql(request, context, webhookEndpointRotateSecretMutation, { input: { id } });
    return json({ intent, ok: true, url: r.webhookEndpoint?.url ?? '', secret: r.secret ?? '', id } satisfies ActionResult, { headers: responseHeaders(request) });
  }
  if (intent === 'delete') {
    await gql(request, context, webhookEndpointDeleteMutation, { input: { id } });
    throw back({ done: 'deleted' });
  }
  if (intent === 'test') {
    await gql(request, context, webhookEndpointSendTestMutation, { input: { id } });
    throw back({ endpoint: id, done: 'testSent' });
  }
  if (intent === 'redeliver') {
    const { webhookDeliveryRedeliver: r } = await gql(request, context, webhookDeliveryRedeliverMutation, { input: { id: text(form, 'delivery') } });
    throw back({ endpoint: id, done: r.userErrors.length ? 'stillSending' : 'redelivered' });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

function WebhookSecret({ url, secret, rotated }: { url: string; secret: string; rotated: boolean }) {
  const { t } = useTranslation();
  return (
    <SecretOnce
      id="webhook-secret"
      title={rotated ? t('webhooks.rotated', { url }) : t('webhooks.created', { url })}
      secret={secret}
      texts={{
        once: t('webhooks.secretOnce'),
        label: t('webhooks.secret'),
        copy: t('webhooks.copy'),
        copied: t('webhooks.copied'),
        copyHint: t('webhooks.copyHint'),
      }}
    />
  );
}

/** The endpoint form: URL, description, events as large checkboxes, active. */
function EndpointForm({
  intent,
  id,
  values,
  errors,
  cancel,
  action = '/hub/webhooks',
}: {
  action?: string;
  intent: 'create' | 'update';
  id?: string;
  values: { url: string; description: string; events: string[]; active: boolean };
  errors?: FormErrors;
  cancel?: string;
}) {
  const { t } = useTranslation();
  const prefix = intent === 'create' ? 'new' : 'edit';
  return (
    <Form method="post" action={action} className="form form--wide">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormErrorSummary errors={errors?.form} />
      <TextField
        id={`${prefix}-url`}
        label={t('webhooks.url')}
        name="url"
        type="url"
        inputMode="url"
        required
        maxLength={2000}
        autoComplete="off"
        placeholder="https://erp.example.com/comptoir"
        hint={t('webhooks.urlHint')}
        defaultValue={values.url}
        errors={errors?.fields.url}
      />
      <TextField
        id={`${prefix}-description`}
        label={t('webhooks.description')}
        name="description"
        maxLength={200}
        autoComplete="off"
        hint={t('webhooks.descriptionHint')}
        defaultValue={values.description}
        errors={errors?.fields.description}
      />
      <fieldset className="checkbox-group webhook-events" aria-describedby={errors?.fields.events ? `${prefix}-events-errors` : undefined}>
        <legend>{t('webhooks.events')}</legend>
        {EVENTS.map((e) => (
          <label key={e} className="choice choice--block">
            <input type="checkbox" name="events" value={e} defaultChecked={values.events.includes(e)} />
            <span>
              <span className="strong">{t(`webhooks.event.${e}`)}</span>
              <span className="muted small block mono">{WIRE[e]}</span>
            </span>
          </label>
        ))}
        {errors?.fields.events ? (
          <ul className="field__errors" id={`${prefix}-events-errors`}>
            {errors.fields.events.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <CheckboxField id={`${prefix}-active`} label={t('webhooks.active')} hint={t('webhooks.activeHint')} name="active" defaultChecked={values.active} />
      <div className="form-actions">
        <SubmitButton intent={intent}>{intent === 'create' ? t('webhooks.create') : t('webhooks.save')}</SubmitButton>
        {cancel ? (
          <Link to={cancel} className="button button--ghost">
            {t('common.cancel')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

const DELIVERY_TONE: Record<string, string> = { PENDING: 'warning', DELIVERED: 'success', FAILED: 'danger' };

export default function WebhooksPage() {
  const { endpoints, selected, deliveries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const secret = actionData?.ok ? actionData : null;
  const failed = actionData && !actionData.ok ? actionData : null;
  const done = params.get('done');
  const editing = endpoints.find((e) => e.id === params.get('edit')) ?? null;
  const confirming = endpoints.find((e) => e.id === params.get('delete')) ?? null;
  const here = selected ? `/hub/webhooks?endpoint=${encodeURIComponent(selected.id)}` : '/hub/webhooks';

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('webhooks.title')}</h1>
          <p className="muted">{t('webhooks.intro')}</p>
        </div>
      </div>
      {secret ? <WebhookSecret url={secret.url} secret={secret.secret} rotated={secret.intent === 'rotate'} /> : null}
      {done && !secret ? (
        <div className="alert alert--success" role="status">
          <p>{t(`webhooks.done.${done}` as 'webhooks.done.saved', { defaultValue: '' })}</p>
        </div>
      ) : null}
      {confirming ? (
        <div className="alert alert--error" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-text">
          <h2 className="alert__title" id="delete-title">
            {t('webhooks.confirmDeleteTitle', { url: confirming.url })}
          </h2>
          <p id="delete-text">{t('webhooks.confirmDeleteText')}</p>
          <Form method="post" action="/hub/webhooks" className="form-actions form-actions--start">
            <input type="hidden" name="id" value={confirming.id} />
            <SubmitButton intent="delete" className="button button--danger">
              {t('webhooks.confirmDelete')}
            </SubmitButton>
            <Link to={`/hub/webhooks?endpoint=${encodeURIComponent(confirming.id)}`} className="button button--ghost">
              {t('common.cancel')}
            </Link>
          </Form>
        </div>
      ) : null}

      {endpoints.length === 0 ? (
        <div className="empty card">
          <p>{t('webhooks.empty')}</p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">{t('webhooks.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.url')}</th>
                  <th scope="col">{t('webhooks.events')}</th>
                  <th scope="col">{t('webhooks.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('webhooks.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => (
                  <tr key={e.id} className={e.active ? undefined : 'is-inactive'} aria-current={selected?.id === e.id ? 'true' : undefined}>
                    <th scope="row" data-label={t('webhooks.url')}>
                      <span className="cell-title mono break-all">{e.url}</span>
                      {e.description ? <span className="muted small block">{e.description}</span> : null}
                    </th>
                    <td data-label={t('webhooks.events')}>
                      <ul className="tag-list">
                        {e.events.map((ev) => (
                          <li key={ev} className="tag">
                            {WIRE[ev]}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label={t('webhooks.state')}>
                      {e.active ? (
                        <span className="badge badge--success">{t('webhooks.stateActive')}</span>
                      ) : (
                        <span className="badge badge--neutral">{e.autoDisabledAt ? t('webhooks.stateAutoDisabled') : t('webhooks.stateDisabled')}</span>
                      )}
                      {e.failingSince ? (
                        <span className="small block">
                          {t('webhooks.failingSince')} <DateTime value={e.failingSince} withTime />
                        </span>
                      ) : null}
                    </td>
                    <td data-label={t('webhooks.actions')}>
                      <Link to={`/hub/webhooks?endpoint=${encodeURIComponent(e.id)}`} className="button button--secondary button--small" aria-label={t('webhooks.showLabel', { url: e.url })}>
                        {t('webhooks.show')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}

      {selected ? (
        <section className="card" aria-labelledby="endpoint-title">
          <h2 id="endpoint-title" className="card__title break-all">
            {t('webhooks.endpointTitle', { url: selected.url })}
          </h2>
          {editing && editing.id === selected.id ? (
            <EndpointForm
              intent="update"
              id={selected.id}
              values={failed?.intent === 'update' ? failed.values : { url: selected.url, description: selected.description, events: selected.events, active: selected.active }}
              errors={failed?.intent === 'update' ? failed.errors : undefined}
              cancel={here}
              action={`${here}&edit=${encodeURIComponent(selected.id)}`}
            />
          ) : (
            <div className="form-actions form-actions--start">
              <Form method="post" action="/hub/webhooks">
                <input type="hidden" name="id" value={selected.id} />
                <SubmitButton intent="test" className="button button--primary">
                  {t('webhooks.sendTest')}
                </SubmitButton>
              </Form>
              <Link to={`/hub/webhooks?endpoint=${encodeURIComponent(selected.id)}&edit=${encodeURIComponent(selected.id)}`} className="button button--secondary">
                {t('webhooks.edit')}
              </Link>
              <Form method="post" action="/hub/webhooks">
                <input type="hidden" name="id" value={selected.id} />
                <SubmitButton intent={selected.active ? 'disable' : 'enable'} className="button button--secondary">
                  {selected.active ? t('webhooks.disable') : t('webhooks.enable')}
                </SubmitButton>
              </Form>
              <Form method="post" action={here}>
                <input type="hidden" name="id" value={selected.id} />
                <SubmitButton intent="rotate" className="button button--ghost">
                  {t('webhooks.rotate')}
                </SubmitButton>
              </Form>
              <Link to={`/hub/webhooks?delete=${encodeURIComponent(selected.id)}`} className="button button--danger-ghost">
                {t('webhooks.delete')}
              </Link>
            </div>
          )}

          <h3 className="webhooks-deliveries-title" id="deliveries-title">
            {t('webhooks.deliveries', { total: deliveries?.totalCount ?? 0 })}
          </h3>
          {!deliveries || deliveries.edges.length === 0 ? (
            <p className="muted">{t('webhooks.noDeliveries')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table table--stack" aria-labelledby="deliveries-title">
                  <thead>
                    <tr>
                      <th scope="col">{t('webhooks.event.title')}</th>
                      <th scope="col">{t('webhooks.deliveryStatus')}</th>
                      <th scope="col">{t('webhooks.responseCode')}</th>
                      <th scope="col">{t('webhooks.duration')}</th>
                      <th scope="col">{t('webhooks.attempts')}</th>
                      <th scope="col">{t('webhooks.when')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('webhooks.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {deliveries.edges.map(({ node: d }) => (
                      <tr key={d.id} data-webhook-id={d.webhookId}>
                        <th scope="row" data-label={t('webhooks.event.title')}>
                          <span className="cell-title mono">{d.eventType}</span>
                          <span className="muted small block mono break-all">{d.webhookId}</span>
                        </th>
                        <td data-label={t('webhooks.deliveryStatus')}>
                          <span className={`badge badge--${DELIVERY_TONE[d.status] ?? 'neutral'}`}>{t(`webhooks.status.${d.status}`)}</span>
                          {d.lastError ? <span className="small block muted">{d.lastError}</span> : null}
                        </td>
                        <td data-label={t('webhooks.responseCode')}>{d.responseStatus ?? <span className="muted">{t('webhooks.noResponse')}</span>}</td>
                        <td data-label={t('webhooks.duration')}>{d.durationMs != null ? t('webhooks.ms', { ms: d.durationMs }) : '—'}</td>
                        <td data-label={t('webhooks.attempts')}>{d.attempts}</td>
                        <td data-label={t('webhooks.when')}>
                          <DateTime value={d.createdAt} withTime />
                          {d.nextAttemptAt && d.status === 'PENDING' ? (
                            <span className="small block">
                              {t('webhooks.nextAttempt')} <DateTime value={d.nextAttemptAt} withTime />
                            </span>
                          ) : null}
                        </td>
                        <td data-label={t('webhooks.actions')}>
                          {d.status === 'PENDING' ? null : (
                            <Form method="post" action="/hub/webhooks">
                              <input type="hidden" name="id" value={selected.id} />
                              <input type="hidden" name="delivery" value={d.id} />
                              <SubmitButton intent="redeliver" className="button button--secondary button--small" aria-label={t('webhooks.redeliverLabel', { event: d.eventType, id: d.webhookId })}>
                                {t('webhooks.redeliver')}
                              </SubmitButton>
                            </Form>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination pageInfo={deliveries.pageInfo} />
            </>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="new-webhook-title">
        <h2 id="new-webhook-title" className="card__title">
          {t('webhooks.new')}
        </h2>
        <EndpointForm
          key={secret?.secret ?? 'form'}
          intent="create"
          values={failed?.intent === 'create' ? failed.values : { url: '', description: '', events: [], active: true }}
          errors={failed?.intent === 'create' ? failed.errors : undefined}
        />
      </section>
    </>
  );
}
