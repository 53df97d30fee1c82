import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CredentialsNotice } from '../../components/hub/credentials-notice.js';
import { VisibilityFields } from '../../components/hub/visibility-fields.js';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../../components/ui/fields.js';
import { DateTime } from '../../components/ui/format.js';
import { StatusBadge } from '../../components/ui/status-badge.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import type { VisibilityOptionsQuery } from '../../graphql/generated/graphql.js';
import { fromApiLanguage, languageName, LANGUAGES } from '../../i18n/i18n.js';
import { noErrors } from '../../utils/form-errors.js';
import { VISIBILITY_DIMENSIONS } from '../../utils/visibility.js';
import { customerPage, type ActionResult, type Customer } from './action-result.js';

// The store-access panel of the customer page: every email with its status and actions, and the
// grant form (A3, A5, A6, A9, A10). Its server side is accesses.server.ts.

/** One email's actions, by status (A5, A6). */
export function AccessActions({ accessId, status, email, action }: { accessId: string; status: string; email: string; action?: string }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
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
      <Form method="post" action={action} className="row-actions" preventScrollReset>
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
        {actions.includes('regenerate') ? (
          <label className="choice small">
            <input type="checkbox" name="handOver" value="1" />
            {t('access.handOverNew')}
          </label>
        ) : null}
      </Form>
      {errors.map((e) => (
        <p key={e} className="feedback feedback--error" role="alert">
          {e}
        </p>
      ))}
    </>
  );
}

/** Issue 17, H2: the user's store language, shown and changed on the row (its emails follow it). */
function AccessLanguage({ accessId, language, email }: { accessId: string; language: string; email: string }) {
  const { t, i18n } = useTranslation();
  const code = fromApiLanguage(language);
  return (
    <Form method="post" className="row-actions access-language" preventScrollReset>
      <input type="hidden" name="accessId" value={accessId} />
      <label className="visually-hidden" htmlFor={`language-${accessId}`}>
        {t('access.languageOf', { email })}
      </label>
      <select id={`language-${accessId}`} name="language" defaultValue={code} key={code}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {languageName(l.code, i18n.language)}
          </option>
        ))}
      </select>
      <SubmitButton intent="language" className="button button--small button--secondary" aria-label={t('access.languageSaveTitle', { email })}>
        {t('access.languageSave')}
      </SubmitButton>
    </Form>
  );
}

export function AccessPanel({ customer, options }: { customer: Customer; options: VisibilityOptionsQuery }) {
  const { t, i18n } = useTranslation();
  const actionData = useActionData<ActionResult>();
  // Every email of the customer with where it stands: NONE when never granted (A5, A9).
  const rows = customer.emailAccesses;
  const grantable = rows.filter((r) => r.status === 'NONE').map((r) => r.email);
  const failed = actionData?.intent === 'grant' && !actionData.ok ? actionData : null;
  const errors = failed?.errors ?? noErrors;
  const credentials =
    actionData?.intent === 'grant' && actionData.ok ? actionData.credentials : actionData?.intent === 'regenerate' ? actionData.credentials : null;
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
              <th scope="col">{t('access.language')}</th>
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
                <td data-label={t('access.language')}>
                  {storeAccess ? <AccessLanguage accessId={storeAccess.id} language={storeAccess.language} email={email} /> : <span className="muted">—</span>}
                </td>
                <td data-label={storeAccess ? t('access.actions.label') : undefined}>
                  {storeAccess ? <AccessActions accessId={storeAccess.id} status={status} email={email} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {grantable.length === 0 ? (
        <p className="muted">{t('access.allGranted')}</p>
      ) : (
        <Form method="post" action={customerPage(customer.id)} className="form grant-form" aria-labelledby="grant-title" preventScrollReset>
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
              defaultValue={failed?.values.language || fromApiLanguage(customer.documentLanguage)}
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
          <label className="choice">
            <input type="checkbox" name="handOver" value="1" defaultChecked={failed?.values.handOver === '1'} />
            {t('access.handOver')}
          </label>
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
