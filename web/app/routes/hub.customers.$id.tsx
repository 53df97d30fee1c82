import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { CustomerQuery } from '../graphql/generated/graphql.js';
import { customerQuery, storeAccessGrantMutation } from '../graphql/customers.server.js';
import { apiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { formErrors, noErrors, optionalText, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => data?.customer.name ?? t('errors.notFound.title'), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { customer } = await gql(request, context, customerQuery, { id: params.id ?? '' });
  return json({ customer }, { headers: responseHeaders(request) });
}

type GrantResult =
  | { ok: true; email: string; temporaryPassword: string | null; status: string }
  | { ok: false; errors: FormErrors; values: { email: string; language: string; passwordMode: string; privateMessage: string } };

/** Grants store access to one contact email; the temporary password is shown once, here. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = text(form, 'email');
  const language = text(form, 'language');
  const passwordMode = text(form, 'passwordMode') === 'typed' ? 'typed' : 'generate';
  const typed = passwordMode === 'typed';
  const { storeAccessGrant } = await gql(request, context, storeAccessGrantMutation, {
    input: {
      customerId: params.id ?? '',
      email,
      language: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
      password: typed ? String(form.get('password') ?? '') : null,
      passwordConfirmation: typed ? String(form.get('passwordConfirmation') ?? '') : null,
      privateMessage: optionalText(form, 'privateMessage'),
    },
  });
  if (storeAccessGrant.storeAccess && storeAccessGrant.userErrors.length === 0) {
    const result: GrantResult = {
      ok: true,
      email: storeAccessGrant.storeAccess.email,
      status: storeAccessGrant.storeAccess.status,
      temporaryPassword: storeAccessGrant.temporaryPassword ?? null,
    };
    return json(result, { headers: responseHeaders(request) });
  }
  const result: GrantResult = {
    ok: false,
    errors: formErrors(storeAccessGrant.userErrors, ['email', 'language', 'password', 'passwordConfirmation', 'privateMessage']),
    values: { email, language, passwordMode, privateMessage: text(form, 'privateMessage') },
  };
  return json(result, { headers: responseHeaders(request) });
}

type Customer = CustomerQuery['customer'];

function AccessPanel({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const actionData = useActionData<typeof action>();
  // Every email of the customer with where it stands: NONE when never granted (A5, A9).
  const rows = customer.emailAccesses;
  const grantable = rows.filter((r) => r.status === 'NONE').map((r) => r.email);
  const failed = actionData && !actionData.ok ? actionData : null;
  const errors = failed?.errors ?? noErrors;
  const activeCount = rows.filter((r) => r.status !== 'NONE').length;

  return (
    <section className="card" aria-labelledby="access-title">
      <div className="card__header">
        <h2 id="access-title" className="card__title">
          {t('access.title')}
        </h2>
        <span className="muted">{t('access.count', { count: activeCount })}</span>
      </div>

      {actionData?.ok ? (
        <div className="alert alert--success" role="status" aria-labelledby="grant-done">
          <p className="alert__title" id="grant-done">
            {t('access.granted.title')}
          </p>
          <dl className="credentials">
            <div>
              <dt>{t('access.granted.username')}</dt>
              <dd className="mono">{actionData.email}</dd>
            </div>
            {actionData.temporaryPassword ? (
              <div>
                <dt>{t('access.granted.temporaryPassword')}</dt>
                <dd className="mono" data-testid="temporary-password">
                  {actionData.temporaryPassword}
                </dd>
              </div>
            ) : null}
          </dl>
          <p>{t('access.granted.emailed', { language: languageName(customer.documentLanguage, i18n.language) })}</p>
          <p className="small">{t('access.granted.once')}</p>
        </div>
      ) : null}

      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('access.email')}</th>
              <th scope="col">{t('access.status')}</th>
              <th scope="col">{t('access.lastAccess')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ email, status, storeAccess }) => (
              <tr key={email}>
                <td>{email}</td>
                <td>
                  <StatusBadge kind="access" status={status} />
                </td>
                <td>
                  {storeAccess?.lastAccessAt ? (
                    <DateTime value={storeAccess.lastAccessAt} withTime />
                  ) : (
                    <span className="muted">{status === 'NONE' ? '—' : t('access.never')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {grantable.length === 0 ? (
        <p className="muted">{t('access.allGranted')}</p>
      ) : (
        <Form method="post" action={`/hub/customers/${encodeURIComponent(customer.id)}`} className="form grant-form" aria-labelledby="grant-title">
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
            <SubmitButton>{t('access.grant')}</SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}

export default function CustomerPage() {
  const { customer } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const hasEmail = customer.emailAccesses.length > 0;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/customers">
          <span aria-hidden="true">← </span>
          {t('customers.back')}
        </Link>
      </p>
      {params.get('created') ? (
        <div className="alert alert--success" role="status">
          <p>{t('customers.created', { name: customer.name })}</p>
        </div>
      ) : null}
      <div className="page-header">
        <div>
          <h1>{customer.name}</h1>
          <p className="muted">
            {t('customers.number')} <span className="mono">{customer.customerNumber}</span>
          </p>
        </div>
        <StatusBadge kind="customer" status={customer.status} />
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
            {customer.status === 'EXCLUDED' ? (
              <div className="facts__wide">
                <dt>{t('customers.exclusionReason')}</dt>
                <dd>{customer.exclusionReason || '—'}</dd>
              </div>
            ) : null}
            <div className="facts__wide">
              <dt>{t('customers.privateMessage')}</dt>
              <dd className="pre-line">{customer.privateMessage || <span className="muted">{t('customers.noPrivateMessage')}</span>}</dd>
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
        </section>
      </div>

      {hasEmail ? (
        <AccessPanel customer={customer} />
      ) : (
        <p className="note">{t('access.needsEmail')}</p>
      )}
    </>
  );
}
