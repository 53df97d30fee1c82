import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { RelativeTime } from '../components/ui/relative-time.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customerSearchQuery } from '../graphql/customers.server.js';
import { registrationRequestApproveMutation, registrationRequestQuery, registrationRequestRefuseMutation } from '../graphql/registration.server.js';
import { languageName } from '../i18n/i18n.js';
import { formErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('registrations.requestTitle', { company: data.request.companyName }) : t('errors.notFound.title')), 'hub');

/**
 * One access request (R4). "Link to an existing customer" searches customers with a GET form
 * (`?customer=…`), whose results fill the select: a search select that needs no JavaScript.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams.get('customer')?.trim() ?? '';
  const [{ registrationRequest }, found] = await Promise.all([
    gql(request, context, registrationRequestQuery, { id: params.id ?? '' }),
    search ? gql(request, context, customerSearchQuery, { query: search }) : Promise.resolve(null),
  ]);
  return json(
    { request: registrationRequest, search, customers: found ? found.customers.edges.map((e) => e.node) : null },
    { headers: responseHeaders(request) },
  );
}

type ActionResult = { intent: 'approve'; errors: FormErrors; mode: string; customerNumber: string } | { intent: 'refuse'; errors: FormErrors; reason: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const id = params.id ?? '';
  const intent = text(form, 'intent');
  const page = `/hub/registrations/${encodeURIComponent(id)}`;

  if (intent === 'approve') {
    const mode = text(form, 'mode') === 'link' ? 'link' : 'create';
    const customerNumber = text(form, 'customerNumber');
    const { registrationRequestApprove } = await gql(request, context, registrationRequestApproveMutation, {
      input: mode === 'link' ? { id, customerId: text(form, 'customerId') || null } : { id, customerNumber },
    });
    if (registrationRequestApprove.userErrors.length === 0) throw redirect(`${page}?done=approved`, { headers: responseHeaders(request) });
    const result: ActionResult = { intent, errors: formErrors(registrationRequestApprove.userErrors, ['customerNumber', 'customerId']), mode, customerNumber };
    return json(result, { headers: responseHeaders(request) });
  }
  if (intent === 'refuse') {
    const reason = text(form, 'reason');
    const { registrationRequestRefuse } = await gql(request, context, registrationRequestRefuseMutation, { input: { id, reason: reason || null } });
    if (registrationRequestRefuse.userErrors.length === 0) throw redirect(`${page}?done=refused`, { headers: responseHeaders(request) });
    const result: ActionResult = { intent, errors: formErrors(registrationRequestRefuse.userErrors, ['reason']), reason };
    return json(result, { headers: responseHeaders(request) });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

const TONE: Record<string, string> = { PENDING: 'warning', APPROVED: 'success', REFUSED: 'neutral' };

export default function RegistrationRequestPage() {
  const { request: r, search, customers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const approveFailed = actionData?.intent === 'approve' ? actionData : null;
  const refuseFailed = actionData?.intent === 'refuse' ? actionData : null;
  // Searching for a customer means the link option is wanted.
  const mode = approveFailed?.mode ?? (search ? 'link' : 'create');
  const done = params.get('done');
  const page = `/hub/registrations/${encodeURIComponent(r.id)}`;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/registrations">
          <span aria-hidden="true">← </span>
          {t('registrations.back')}
        </Link>
      </p>
      {done ? (
        <div className="alert alert--success" role="status">
          <p>{done === 'approved' ? t('registrations.approvedNotice', { email: r.email }) : t('registrations.refusedNotice', { email: r.email })}</p>
        </div>
      ) : null}
      <div className="page-header">
        <div>
          <h1>{r.companyName}</h1>
          <p className="muted">
            {t('registrations.receivedOn')} <DateTime value={r.createdAt} withTime /> (<RelativeTime value={r.createdAt} />)
          </p>
        </div>
        <span className={`badge badge--${TONE[r.status] ?? 'neutral'}`}>{t(`registrations.statuses.${r.status}`)}</span>
      </div>
      {r.previouslyRefused ? (
        <p className="alert alert--warning" role="note">
          {t('registrations.previouslyRefusedTitle')}
        </p>
      ) : null}

      <section className="card" aria-labelledby="request-details">
        <h2 id="request-details" className="card__title">
          {t('registrations.details')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('registrations.company')}</dt>
            <dd>{r.companyName}</dd>
          </div>
          <div>
            <dt>{t('registrations.contact')}</dt>
            <dd>{r.contactName}</dd>
          </div>
          <div>
            <dt>{t('registrations.email')}</dt>
            <dd>
              <a href={`mailto:${r.email}`}>{r.email}</a>
            </dd>
          </div>
          <div>
            <dt>{t('registrations.phone')}</dt>
            <dd>{r.phone ? <a href={`tel:${r.phone}`}>{r.phone}</a> : '—'}</dd>
          </div>
          <div>
            <dt>{t('registrations.vatNumber')}</dt>
            <dd className="mono">{r.vatNumber || '—'}</dd>
          </div>
          <div>
            <dt>{t('registrations.language')}</dt>
            <dd>{languageName(r.language, i18n.language)}</dd>
          </div>
          <div className="facts__wide">
            <dt>{t('registrations.address')}</dt>
            <dd className="pre-line">{r.address || '—'}</dd>
          </div>
          <div className="facts__wide">
            <dt>{t('registrations.message')}</dt>
            <dd className="pre-line">{r.message || <span className="muted">{t('registrations.noMessage')}</span>}</dd>
          </div>
        </dl>
      </section>

      {r.status !== 'PENDING' ? (
        <section className="card" aria-labelledby="decision-title">
          <h2 id="decision-title" className="card__title">
            {t('registrations.decision')}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t('registrations.status')}</dt>
              <dd>{t(`registrations.statuses.${r.status}`)}</dd>
            </div>
            <div>
              <dt>{t('registrations.decidedAt')}</dt>
              <dd>
                <DateTime value={r.decidedAt} withTime />
              </dd>
            </div>
            {r.customer ? (
              <div>
                <dt>{t('registrations.customer')}</dt>
                <dd>
                  <Link to={`/hub/customers/${encodeURIComponent(r.customer.id)}`}>
                    {r.customer.name} ({r.customer.customerNumber})
                  </Link>
                </dd>
              </div>
            ) : null}
            {r.status === 'REFUSED' ? (
              <div className="facts__wide">
                <dt>{t('registrations.refusalReason')}</dt>
                <dd className="pre-line">{r.refusalReason || <span className="muted">{t('registrations.noReason')}</span>}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : (
        <div className="decision-grid">
          <section className="card" aria-labelledby="approve-title">
            <h2 id="approve-title" className="card__title">
              {t('registrations.approve.title')}
            </h2>
            <p className="muted small">{t('registrations.approve.intro', { email: r.email })}</p>
            <Form method="get" action={page} className="search-form search-form--wide customer-search" role="search">
              <label htmlFor="customer-search" className="visually-hidden">
                {t('registrations.approve.searchLabel')}
              </label>
              <input id="customer-search" type="search" name="customer" defaultValue={search} placeholder={t('registrations.approve.searchPlaceholder')} autoComplete="off" />
              <button type="submit" className="button button--secondary">
                {t('registrations.approve.search')}
              </button>
            </Form>
            <Form method="post" action={search ? `${page}?customer=${encodeURIComponent(search)}` : page} className="form approve-form">
              <FormErrorSummary errors={approveFailed?.errors.form} />
              {/* Keyed by the mode: a search (a client-side navigation) selects "link", which defaultChecked alone would not redo. */}
              <fieldset className="choice-stack" key={mode}>
                <legend>{t('registrations.approve.how')}</legend>
                <label className="choice">
                  <input type="radio" name="mode" value="create" defaultChecked={mode === 'create'} />
                  {t('registrations.approve.create')}
                </label>
                <div className="choice-stack__detail approve-create">
                  <TextField
                    label={t('customers.number')}
                    name="customerNumber"
                    maxLength={50}
                    autoComplete="off"
                    defaultValue={approveFailed?.customerNumber}
                    errors={approveFailed?.errors.fields.customerNumber}
                  />
                </div>
                <label className="choice">
                  <input type="radio" name="mode" value="link" defaultChecked={mode === 'link'} />
                  {t('registrations.approve.link')}
                </label>
                <div className="choice-stack__detail approve-link">
                  {customers === null ? (
                    <p className="muted small">{t('registrations.approve.searchFirst')}</p>
                  ) : customers.length === 0 ? (
                    <p className="muted small">{t('registrations.approve.noCustomer', { q: search })}</p>
                  ) : (
                    <SelectField label={t('registrations.approve.customer')} name="customerId" errors={approveFailed?.errors.fields.customerId}>
                      {customers.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name} ({c.customerNumber})
                        </option>
                      ))}
                    </SelectField>
                  )}
                </div>
              </fieldset>
              <p className="muted small">{t('registrations.approve.note')}</p>
              <div className="form-actions">
                <SubmitButton intent="approve">{t('registrations.approve.submit')}</SubmitButton>
              </div>
            </Form>
          </section>

          <section className="card" aria-labelledby="refuse-title">
            <h2 id="refuse-title" className="card__title">
              {t('registrations.refuse.title')}
            </h2>
            <Form method="post" action={page} className="form">
              <FormErrorSummary errors={refuseFailed?.errors.form} />
              <TextAreaField
                label={t('registrations.refuse.reason')}
                name="reason"
                rows={3}
                maxLength={1000}
                hint={t('registrations.refuse.hint')}
                defaultValue={refuseFailed?.reason}
                errors={refuseFailed?.errors.fields.reason}
              />
              <div className="form-actions">
                <SubmitButton intent="refuse" className="button button--danger">
                  {t('registrations.refuse.submit')}
                </SubmitButton>
              </div>
            </Form>
          </section>
        </div>
      )}
    </>
  );
}
