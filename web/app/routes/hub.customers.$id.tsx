import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CredentialsNotice, type Credentials } from '../components/hub/credentials-notice.js';
import { VisibilityFields } from '../components/hub/visibility-fields.js';
import { CustomerActivity } from '../components/hub/customer-activity.js';
import { customerActivitiesQuery } from '../graphql/activity.server.js';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { viewAsClientStartMutation } from '../graphql/auth.server.js';
import type { CustomerQuery } from '../graphql/generated/graphql.js';
import {
  customerExcludeMutation,
  customerExclusionLiftMutation,
  customerQuery,
  customerUpdateMutation,
  storeAccessBlockMutation,
  storeAccessGrantMutation,
  storeAccessRegeneratePasswordMutation,
  storeAccessUnblockMutation,
  visibilityOptionsQuery,
} from '../graphql/customers.server.js';
import { storeAccessApproveMutation } from '../graphql/notifications.server.js';
import { apiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { formErrors, noErrors, optionalText, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { VISIBILITY_ALIASES, VISIBILITY_DIMENSIONS, VISIBILITY_FIELDS, visibilityFromForm, visibilitySelection, type VisibilityDimension } from '../utils/visibility.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => data?.customer.name ?? t('errors.notFound.title'), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const activityAfter = new URL(request.url).searchParams.get('activityAfter') || null;
  const [{ customer }, options, activity] = await Promise.all([
    gql(request, context, customerQuery, { id: params.id ?? '' }),
    gql(request, context, visibilityOptionsQuery),
    gql(request, context, customerActivitiesQuery, { id: params.id ?? '', first: 20, after: activityAfter }),
  ]);
  return json({ customer, options, activities: activity.customer.activities }, { headers: responseHeaders(request) });
}

type ActionResult =
  | { intent: 'customerNumber'; errors: FormErrors; value: string }
  | { intent: 'grant'; ok: true; credentials: Credentials }
  | {
      intent: 'grant';
      ok: false;
      errors: FormErrors;
      values: { email: string; language: string; passwordMode: string; privateMessage: string };
      visibility: Record<VisibilityDimension, string[]>;
    }
  | { intent: 'regenerate'; credentials: Credentials }
  | { intent: 'access'; accessId: string; errors: string[] }
  | { intent: 'exclude'; errors: FormErrors; reason: string }
  | { intent: 'lift'; errors: string[] };

const GRANT_FIELDS = ['email', 'language', 'password', 'passwordConfirmation', 'privateMessage', ...VISIBILITY_FIELDS];

/**
 * Everything staff do on one customer: the inline customer number (A2), grant and manage store
 * accesses (A3, A5, A6, A10), exclusion (A8) and view as client (V1). Changes that need no
 * one-time display redirect back (so a reload never repeats them); credentials are shown once.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = params.id ?? '';
  const page = `/hub/customers/${encodeURIComponent(id)}`;
  const done = (what: string) => redirect(`${page}?done=${what}`, { headers: responseHeaders(request) });
  const reply = (result: ActionResult) => json(result, { headers: responseHeaders(request) });

  switch (intent) {
    case 'customerNumber': {
      const value = text(form, 'customerNumber');
      const { customerUpdate } = await gql(request, context, customerUpdateMutation, { input: { id, customerNumber: value } });
      if (customerUpdate.userErrors.length === 0) throw done('number');
      return reply({ intent, errors: formErrors(customerUpdate.userErrors, ['customerNumber']), value });
    }
    case 'grant': {
      const email = text(form, 'email');
      const language = text(form, 'language');
      const passwordMode = text(form, 'passwordMode') === 'typed' ? 'typed' : 'generate';
      const typed = passwordMode === 'typed';
      const visibility = visibilityFromForm(form);
      const { storeAccessGrant } = await gql(request, context, storeAccessGrantMutation, {
        input: {
          customerId: id,
          email,
          language: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
          password: typed ? String(form.get('password') ?? '') : null,
          passwordConfirmation: typed ? String(form.get('passwordConfirmation') ?? '') : null,
          privateMessage: optionalText(form, 'privateMessage'),
          visibility,
        },
      });
      const access = storeAccessGrant.storeAccess;
      if (access && storeAccessGrant.userErrors.length === 0) {
        return reply({
          intent,
          ok: true,
          credentials: {
            kind: 'granted',
            email: access.email,
            status: access.status,
            temporaryPassword: storeAccessGrant.temporaryPassword ?? null,
            whatsAppUrl: storeAccessGrant.whatsAppUrl ?? null,
          },
        });
      }
      return reply({
        intent,
        ok: false,
        errors: formErrors(storeAccessGrant.userErrors, GRANT_FIELDS, VISIBILITY_ALIASES),
        values: { email, language, passwordMode, privateMessage: text(form, 'privateMessage') },
        visibility: visibilitySelection(visibility),
      });
    }
    case 'regenerate': {
      const accessId = text(form, 'accessId');
      const { storeAccessRegeneratePassword: r } = await gql(request, context, storeAccessRegeneratePasswordMutation, { input: { id: accessId } });
      if (!r.storeAccess || r.userErrors.length) return reply({ intent: 'access', accessId, errors: r.userErrors.map((e) => e.message) });
      return reply({
        intent,
        credentials: {
          kind: 'regenerated',
          email: r.storeAccess.email,
          status: r.storeAccess.status,
          temporaryPassword: r.temporaryPassword ?? null,
          whatsAppUrl: r.whatsAppUrl ?? null,
        },
      });
    }
    case 'block':
    case 'unblock':
    case 'approve': {
      const accessId = text(form, 'accessId');
      const input = { input: { id: accessId } };
      const payload =
        intent === 'block'
          ? (await gql(request, context, storeAccessBlockMutation, input)).storeAccessBlock
          : intent === 'unblock'
            ? (await gql(request, context, storeAccessUnblockMutation, input)).storeAccessUnblock
            : (await gql(request, context, storeAccessApproveMutation, input)).storeAccessApprove;
      if (payload.userErrors.length === 0) throw done(intent);
      return reply({ intent: 'access', accessId, errors: payload.userErrors.map((e) => e.message) });
    }
    case 'exclude': {
      const reason = text(form, 'reason');
      const { customerExclude } = await gql(request, context, customerExcludeMutation, { input: { id, reason } });
      if (customerExclude.userErrors.length === 0) throw done('excluded');
      return reply({ intent, errors: formErrors(customerExclude.userErrors, ['reason']), reason });
    }
    case 'lift': {
      const { customerExclusionLift } = await gql(request, context, customerExclusionLiftMutation, { input: { id } });
      if (customerExclusionLift.userErrors.length === 0) throw done('lifted');
      return reply({ intent, errors: customerExclusionLift.userErrors.map((e) => e.message) });
    }
    case 'viewAs': {
      await gql(request, context, viewAsClientStartMutation, { input: { customerId: id } });
      throw redirect('/', { headers: responseHeaders(request) });
    }
    default:
      throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
  }
}

type Customer = CustomerQuery['customer'];
type Options = ReturnType<typeof useLoaderData<typeof loader>>['options'];

/** A2: the customer number, changed in place (a pencil link opens the small form; works without JavaScript). */
function CustomerNumber({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const actionData = useActionData<typeof action>();
  const failed = actionData?.intent === 'customerNumber' ? actionData : null;
  const editing = params.get('edit') === 'number' || !!failed;
  const page = `/hub/customers/${encodeURIComponent(customer.id)}`;

  if (!editing) {
    return (
      <p className="customer-number">
        <span className="muted">{t('customers.number')}</span> <span className="mono strong">{customer.customerNumber}</span>{' '}
        <Link to={`${page}?edit=number`} className="icon-link" aria-label={t('customers.editNumber')} preventScrollReset>
          <span aria-hidden="true">✎</span> {t('common.edit')}
        </Link>
      </p>
    );
  }
  return (
    <Form method="post" action={`${page}?edit=number`} className="inline-form" preventScrollReset>
      <input type="hidden" name="intent" value="customerNumber" />
      <TextField
        label={t('customers.number')}
        name="customerNumber"
        defaultValue={failed?.value ?? customer.customerNumber}
        required
        maxLength={50}
        autoComplete="off"
        autoFocus
        errors={failed?.errors.fields.customerNumber ?? failed?.errors.form}
      />
      <div className="inline-form__actions">
        <SubmitButton className="button button--primary button--small">{t('common.save')}</SubmitButton>
        <Link to={page} className="button button--ghost button--small" preventScrollReset>
          {t('common.cancel')}
        </Link>
      </div>
    </Form>
  );
}

function VisibilitySummary({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const restricted = VISIBILITY_DIMENSIONS.filter((d) => customer.visibility[d].length > 0);
  if (restricted.length === 0) return <>{t('visibility.everything')}</>;
  return (
    <ul className="plain-list">
      {restricted.map((d) => (
        <li key={d}>
          <span className="muted">{t(`visibility.${d}`)}:</span> {customer.visibility[d].map((x) => x.name).join(', ')}
        </li>
      ))}
    </ul>
  );
}

/** One email's actions, by status (A5, A6). */
function AccessActions({ accessId, status, email }: { accessId: string; status: string; email: string }) {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.intent === 'access' && actionData.accessId === accessId ? actionData.errors : [];
  const actions: Array<'approve' | 'block' | 'unblock' | 'regenerate'> =
    status === 'ACTIVE'
      ? ['block', 'regenerate']
      : status === 'BLOCKED'
        ? ['unblock', 'regenerate']
        : status === 'PENDING_APPROVAL'
          ? ['approve', 'block', 'regenerate']
          : [];
  return (
    <>
      <Form method="post" className="row-actions" preventScrollReset>
        <input type="hidden" name="accessId" value={accessId} />
        {actions.map((a) => (
          <SubmitButton
            key={a}
            intent={a}
            className={`button button--small ${a === 'block' ? 'button--danger-ghost' : a === 'approve' ? 'button--primary' : 'button--secondary'}`}
            // A new password on a blocked access unblocks it too (one step): the title says so.
            title={t(a === 'regenerate' && status === 'BLOCKED' ? 'access.actions.regenerateBlockedTitle' : `access.actions.${a}Title`, { email })}
          >
            {t(`access.actions.${a}`)}
          </SubmitButton>
        ))}
      </Form>
      {errors.map((e) => (
        <p key={e} className="feedback feedback--error" role="alert">
          {e}
        </p>
      ))}
    </>
  );
}

function AccessPanel({ customer, options }: { customer: Customer; options: Options }) {
  const { t, i18n } = useTranslation();
  const actionData = useActionData<typeof action>();
  // Every email of the customer with where it stands: NONE when never granted (A5, A9).
  const rows = customer.emailAccesses;
  const grantable = rows.filter((r) => r.status === 'NONE').map((r) => r.email);
  const failed = actionData?.intent === 'grant' && !actionData.ok ? actionData : null;
  const errors = failed?.errors ?? noErrors;
  const credentials = actionData?.intent === 'grant' && actionData.ok ? actionData.credentials : actionData?.intent === 'regenerate' ? actionData.credentials : null;
  const currentVisibility = Object.fromEntries(VISIBILITY_DIMENSIONS.map((d) => [d, customer.visibility[d].map((x) => x.id)]));

  return (
    <section className="card" aria-labelledby="access-title">
      <div className="card__header">
        <h2 id="access-title" className="card__title">
          {t('access.title')}
        </h2>
        <span className="muted" data-testid="access-count">
          {t('access.count', { count: customer.accessCount })}
          {customer.pendingAccessCount ? (
            <>
              {' · '}
              {t('access.pendingCount', { count: customer.pendingAccessCount })}
            </>
          ) : null}
          {customer.lastAccessAt ? (
            <>
              {' · '}
              {t('access.lastAccessAny')} <DateTime value={customer.lastAccessAt} withTime />
            </>
          ) : null}
        </span>
      </div>

      {credentials ? <CredentialsNotice credentials={credentials} documentLanguage={customer.documentLanguage} /> : null}

      <div className="table-wrap">
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('access.email')}</th>
              <th scope="col">{t('access.status')}</th>
              <th scope="col">{t('access.grantedAt')}</th>
              <th scope="col">{t('access.lastAccess')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('access.actions.label')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ email, status, phone, storeAccess }) => (
              <tr key={email}>
                <th scope="row" data-label={t('access.email')} className="cell-email">
                  {email}
                  {phone ? <span className="muted small block">{phone}</span> : null}
                </th>
                <td data-label={t('access.status')}>
                  <StatusBadge kind="access" status={status} />
                </td>
                <td data-label={t('access.grantedAt')}>{storeAccess ? <DateTime value={storeAccess.grantedAt} /> : <span className="muted">—</span>}</td>
                <td data-label={t('access.lastAccess')}>
                  {storeAccess?.lastAccessAt ? (
                    <DateTime value={storeAccess.lastAccessAt} withTime />
                  ) : (
                    <span className="muted">{status === 'NONE' ? '—' : t('access.never')}</span>
                  )}
                </td>
                <td data-label={storeAccess ? t('access.actions.label') : undefined}>{storeAccess ? <AccessActions accessId={storeAccess.id} status={status} email={email} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {grantable.length === 0 ? (
        <p className="muted">{t('access.allGranted')}</p>
      ) : (
        <Form method="post" action={`/hub/customers/${encodeURIComponent(customer.id)}`} className="form grant-form" aria-labelledby="grant-title" preventScrollReset>
          <h3 id="grant-title">{t('access.grantTitle')}</h3>
          <FormErrorSummary errors={errors.form} />
          <div className="form-grid">
            <SelectField label={t('access.email')} name="email" defaultValue={failed?.values.email || grantable[0]} errors={errors.fields.email} required>
              {grantable.map((email) => (
                <option key={email} value={email}>
                  {email}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('access.language')}
              name="language"
              defaultValue={failed?.values.language || customer.documentLanguage.toLowerCase()}
              errors={errors.fields.language}
            >
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {languageName(l.code, i18n.language)}
                </option>
              ))}
            </SelectField>
          </div>
          <fieldset className="choice-group">
            <legend>{t('access.passwordMode')}</legend>
            <label className="choice">
              <input type="radio" name="passwordMode" value="generate" defaultChecked={failed?.values.passwordMode !== 'typed'} />
              {t('access.generate')}
            </label>
            <label className="choice">
              <input type="radio" name="passwordMode" value="typed" defaultChecked={failed?.values.passwordMode === 'typed'} />
              {t('access.typeTwice')}
            </label>
          </fieldset>
          {/* Shown by CSS (:has) when "type it twice" is chosen; works without JavaScript. */}
          <div className="typed-password form-grid">
            <TextField
              label={t('access.password')}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t('access.passwordRules')}
              errors={errors.fields.password}
            />
            <TextField
              label={t('access.passwordConfirmation')}
              name="passwordConfirmation"
              type="password"
              autoComplete="new-password"
              errors={errors.fields.passwordConfirmation}
            />
          </div>
          <VisibilityFields options={options} selected={failed?.visibility ?? currentVisibility} errors={errors.fields} />
          <TextAreaField
            label={t('access.privateMessage')}
            name="privateMessage"
            rows={2}
            hint={t('access.privateMessageHint')}
            defaultValue={failed?.values.privateMessage}
            errors={errors.fields.privateMessage}
          />
          <p className="muted small">{t('access.emailNote')}</p>
          <div className="form-actions">
            <SubmitButton intent="grant">{t('access.grant')}</SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}

/** A8: exclude with a reason, or lift the exclusion. */
function ExclusionPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const failed = actionData?.intent === 'exclude' ? actionData : null;
  if (customer.status === 'EXCLUDED') return null;
  return (
    <section className="card card--danger" aria-labelledby="exclude-title">
      <h2 id="exclude-title" className="card__title">
        {t('exclusion.title')}
      </h2>
      <p className="muted">{t('exclusion.intro')}</p>
      <Form method="post" action={`/hub/customers/${encodeURIComponent(customer.id)}`} className="form" preventScrollReset>
        <FormErrorSummary errors={failed?.errors.form} />
        <TextAreaField
          label={t('exclusion.reason')}
          name="reason"
          rows={2}
          required
          maxLength={500}
          hint={t('exclusion.reasonHint')}
          defaultValue={failed?.reason}
          errors={failed?.errors.fields.reason}
        />
        <div className="form-actions">
          <SubmitButton intent="exclude" className="button button--danger">
            {t('exclusion.submit')}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}

export default function CustomerPage() {
  const { customer, options, activities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const hasEmail = customer.emailAccesses.length > 0;
  const done = params.get('done');
  const liftErrors = actionData?.intent === 'lift' ? actionData.errors : [];
  const page = `/hub/customers/${encodeURIComponent(customer.id)}`;

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

      {customer.status === 'EXCLUDED' ? (
        <div className="alert alert--error exclusion-banner" role="region" aria-labelledby="excluded-title">
          <div>
            <h2 className="alert__title" id="excluded-title">
              {t('exclusion.banner')}
            </h2>
            <p>
              <span className="strong">{t('customers.exclusionReason')}:</span> {customer.exclusionReason || '—'}
            </p>
            {liftErrors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
          <Form method="post" action={page}>
            <SubmitButton intent="lift" className="button button--secondary">
              {t('exclusion.lift')}
            </SubmitButton>
          </Form>
        </div>
      ) : null}

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

      <div className="detail-grid">
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title" className="card__title">
            {t('customers.details')}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t('customers.documentLanguage')}</dt>
              <dd>{languageName(customer.documentLanguage, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('customers.priceLevel')}</dt>
              <dd>{customer.priceLevel?.name ?? t('customers.default')}</dd>
            </div>
            <div>
              <dt>{t('customers.storageLocation')}</dt>
              <dd>{customer.storageLocation?.name ?? t('customers.default')}</dd>
            </div>
            <div>
              <dt>{t('customers.since')}</dt>
              <dd>
                <DateTime value={customer.createdAt} />
              </dd>
            </div>
            <div className="facts__wide">
              <dt>{t('customers.privateMessage')}</dt>
              <dd className="pre-line">{customer.privateMessage || <span className="muted">{t('customers.noPrivateMessage')}</span>}</dd>
            </div>
            <div className="facts__wide">
              <dt>{t('visibility.title')}</dt>
              <dd>
                <VisibilitySummary customer={customer} />
              </dd>
            </div>
          </dl>
        </section>

        <section className="card card--flush" aria-labelledby="contacts-title">
          <h2 id="contacts-title" className="card__title card__title--padded">
            {t('customers.contacts')}
          </h2>
          {customer.contacts.length === 0 ? (
            <p className="muted card__padded">{t('customers.noContacts')}</p>
          ) : (
            <ul className="contact-list">
              {customer.contacts.map((c) => (
                <li key={c.id}>
                  <p className="contact-list__name">
                    {c.name || '—'}
                    {c.position === 0 ? <span className="badge badge--neutral badge--inline">{t('customers.primary')}</span> : null}
                  </p>
                  <dl className="contact-list__details">
                    <div>
                      <dt>{t('customers.contactEmail')}</dt>
                      <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</dd>
                    </div>
                    <div>
                      <dt>{t('customers.contactPhone')}</dt>
                      <dd>{c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : '—'}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
          <h2 id="sites-title" className="card__title card__title--padded">
            {t('customers.deliverySites')}
          </h2>
          {customer.deliverySites.length === 0 ? (
            <p className="muted card__padded">{t('customers.noDeliverySites')}</p>
          ) : (
            <ul className="contact-list" aria-labelledby="sites-title">
              {customer.deliverySites.map((s, i) => (
                <li key={s.id}>
                  <p className="contact-list__name">
                    {s.name}
                    {i === 0 ? <span className="badge badge--neutral badge--inline">{t('customers.defaultSite')}</span> : null}
                  </p>
                  <p className="muted small">
                    {s.street}, {s.postalCode} {s.city}, {s.country}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {hasEmail ? <AccessPanel customer={customer} options={options} /> : <p className="note">{t('access.needsEmail')}</p>}

      <ExclusionPanel customer={customer} />

      <CustomerActivity activities={activities} />

      <section className="card" aria-labelledby="activity-title">
        <h2 id="activity-title" className="card__title">
          {t('activity.title')}
        </h2>
        {customer.auditEvents.length === 0 ? (
          <p className="muted">{t('activity.empty')}</p>
        ) : (
          <ul className="timeline">
            {customer.auditEvents.map((e) => (
              <li key={e.id}>
                <span>{t(`activity.${e.action}`, { name: e.actorName ?? t('activity.someone') })}</span>{' '}
                <span className="muted small">
                  <DateTime value={e.createdAt} withTime />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
