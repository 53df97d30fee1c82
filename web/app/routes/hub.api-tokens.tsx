import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SecretOnce } from '../components/hub/secret-once.js';
import { FormErrorSummary, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { apiTokenCreateMutation, apiTokenRevokeMutation, apiTokensQuery } from '../graphql/admin.server.js';
import type { ApiScope } from '../graphql/generated/graphql.js';
import { formErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('apiTokens.title'), 'hub');

const SCOPES: ApiScope[] = ['CATALOG_READ', 'CATALOG_MANAGE', 'CUSTOMERS_MANAGE', 'ORDERS_MANAGE'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { apiTokens } = await gql(request, context, apiTokensQuery);
  return json({ tokens: apiTokens }, { headers: responseHeaders(request) });
}

type ActionResult =
  | { intent: 'create'; ok: true; name: string; token: string }
  | { intent: 'create'; ok: false; errors: FormErrors; name: string; scopes: string[] };

/** Integrator tokens (I2): created with scopes (the secret is shown once), revoked after a confirmation. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  if (intent === 'create') {
    const name = text(form, 'name');
    const scopes = form.getAll('scopes').filter((s): s is ApiScope => typeof s === 'string' && (SCOPES as string[]).includes(s));
    const { apiTokenCreate } = await gql(request, context, apiTokenCreateMutation, { input: { name, scopes } });
    const result: ActionResult =
      apiTokenCreate.token && apiTokenCreate.userErrors.length === 0
        ? { intent, ok: true, name, token: apiTokenCreate.token }
        : { intent, ok: false, errors: formErrors(apiTokenCreate.userErrors, ['name', 'scopes']), name, scopes };
    return json(result, { headers: responseHeaders(request) });
  }
  if (intent === 'revoke') {
    const { apiTokenRevoke } = await gql(request, context, apiTokenRevokeMutation, { input: { id: text(form, 'id') } });
    throw redirect(`/hub/api-tokens?revoked=${encodeURIComponent(apiTokenRevoke.apiToken?.name ?? '')}`, { headers: responseHeaders(request) });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

function TokenSecret({ name, token }: { name: string; token: string }) {
  const { t } = useTranslation();
  return (
    <SecretOnce
      id="api-token-secret"
      title={t('apiTokens.created', { name })}
      secret={token}
      texts={{
        once: t('apiTokens.secretOnce'),
        label: t('apiTokens.secret'),
        copy: t('apiTokens.copy'),
        copied: t('apiTokens.copied'),
        copyHint: t('apiTokens.copyHint'),
      }}
    />
  );
}

export default function ApiTokensPage() {
  const { tokens } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const failed = actionData?.intent === 'create' && !actionData.ok ? actionData : null;
  const created = actionData?.intent === 'create' && actionData.ok ? actionData : null;
  const confirming = tokens.find((tk) => tk.id === params.get('revoke') && !tk.revokedAt);
  const revoked = params.get('revoked');

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('apiTokens.title')}</h1>
          <p className="muted">{t('apiTokens.intro')}</p>
        </div>
      </div>
      {created ? <TokenSecret name={created.name} token={created.token} /> : null}
      {revoked !== null && !confirming ? (
        <div className="alert alert--success" role="status">
          <p>{t('apiTokens.revoked', { name: revoked })}</p>
        </div>
      ) : null}
      {confirming ? (
        <div className="alert alert--error" role="alertdialog" aria-labelledby="revoke-title" aria-describedby="revoke-text">
          <h2 className="alert__title" id="revoke-title">
            {t('apiTokens.confirmTitle', { name: confirming.name })}
          </h2>
          <p id="revoke-text">{t('apiTokens.confirmText')}</p>
          <Form method="post" action="/hub/api-tokens" className="form-actions form-actions--start">
            <input type="hidden" name="id" value={confirming.id} />
            <SubmitButton intent="revoke" className="button button--danger">
              {t('apiTokens.confirmRevoke')}
            </SubmitButton>
            <Link to="/hub/api-tokens" className="button button--ghost">
              {t('common.cancel')}
            </Link>
          </Form>
        </div>
      ) : null}

      {tokens.length === 0 ? (
        <div className="empty card">
          <p>{t('apiTokens.empty')}</p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('apiTokens.name')}</th>
                  <th scope="col">{t('apiTokens.scopes')}</th>
                  <th scope="col">{t('apiTokens.createdAt')}</th>
                  <th scope="col">{t('apiTokens.lastUsed')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('apiTokens.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((tk) => (
                  <tr key={tk.id} className={tk.revokedAt ? 'is-inactive' : undefined}>
                    <th scope="row" data-label={t('apiTokens.name')}>
                      <span className="cell-title">{tk.name}</span>
                      <span className="muted mono small">{tk.prefix}…</span>
                    </th>
                    <td data-label={t('apiTokens.scopes')}>
                      <ul className="tag-list">
                        {tk.scopes.map((s) => (
                          <li key={s} className="tag">
                            {t(`apiTokens.scope.${s}`)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label={t('apiTokens.createdAt')}>
                      <DateTime value={tk.createdAt} />
                    </td>
                    <td data-label={t('apiTokens.lastUsed')}>{tk.lastUsedAt ? <DateTime value={tk.lastUsedAt} withTime /> : <span className="muted">{t('access.never')}</span>}</td>
                    <td data-label={t('apiTokens.actions')}>
                      {tk.revokedAt ? (
                        <span className="badge badge--neutral">
                          {t('apiTokens.revokedOn')} <DateTime value={tk.revokedAt} />
                        </span>
                      ) : (
                        <Link to={`/hub/api-tokens?revoke=${encodeURIComponent(tk.id)}`} className="button button--danger-ghost button--small" aria-label={t('apiTokens.revokeLabel', { name: tk.name })}>
                          {t('apiTokens.revoke')}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}

      <section className="card" aria-labelledby="new-token-title">
        <h2 id="new-token-title" className="card__title">
          {t('apiTokens.new')}
        </h2>
        <Form method="post" action="/hub/api-tokens" className="form form--wide" key={created?.token ?? 'form'}>
          <FormErrorSummary errors={failed?.errors.form} />
          <TextField label={t('apiTokens.name')} name="name" required maxLength={120} autoComplete="off" hint={t('apiTokens.nameHint')} defaultValue={failed?.name} errors={failed?.errors.fields.name} />
          <fieldset className="checkbox-group" aria-describedby={failed?.errors.fields.scopes ? 'scopes-errors' : undefined}>
            <legend>{t('apiTokens.scopes')}</legend>
            {SCOPES.map((s) => (
              <label key={s} className="choice choice--block">
                <input type="checkbox" name="scopes" value={s} defaultChecked={failed?.scopes.includes(s)} />
                <span>
                  <span className="strong">{t(`apiTokens.scope.${s}`)}</span>
                  <span className="muted small block">{t(`apiTokens.scopeHint.${s}`)}</span>
                </span>
              </label>
            ))}
            {failed?.errors.fields.scopes ? (
              <ul className="field__errors" id="scopes-errors">
                {failed.errors.fields.scopes.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
          </fieldset>
          <div className="form-actions">
            <SubmitButton intent="create">{t('apiTokens.create')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
