import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, SelectField, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { staffCreateMutation, staffMembersQuery, staffUpdateMutation } from '../graphql/admin.server.js';
import type { StaffRole } from '../graphql/generated/graphql.js';
import { apiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { formErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('staff.title'), 'hub');

const ROLES: StaffRole[] = ['ADMIN', 'SALES'];
const CREATE_FIELDS = ['name', 'email', 'role', 'language', 'password', 'passwordConfirmation'];

/** Admins only (A1); for anyone else the API's FORBIDDEN becomes the 403 page. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { staffMembers, viewer } = await gql(request, context, staffMembersQuery);
  return json({ members: staffMembers, me: viewer.staff?.id ?? null }, { headers: responseHeaders(request) });
}

type ActionResult =
  | { intent: 'create'; errors: FormErrors; values: Record<string, string> }
  | { intent: 'update'; id: string; errors: string[] };

function role(value: string): StaffRole | null {
  return (ROLES as string[]).includes(value) ? (value as StaffRole) : null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  if (intent === 'create') {
    const language = text(form, 'language');
    const { staffCreate } = await gql(request, context, staffCreateMutation, {
      input: {
        name: text(form, 'name'),
        email: text(form, 'email'),
        role: role(text(form, 'role')) ?? 'SALES',
        language: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
        password: String(form.get('password') ?? ''),
        passwordConfirmation: String(form.get('passwordConfirmation') ?? ''),
      },
    });
    if (staffCreate.staff && staffCreate.userErrors.length === 0) {
      throw redirect(`/hub/staff?added=${encodeURIComponent(staffCreate.staff.name)}`, { headers: responseHeaders(request) });
    }
    const result: ActionResult = {
      intent,
      errors: formErrors(staffCreate.userErrors, CREATE_FIELDS),
      values: { name: text(form, 'name'), email: text(form, 'email'), role: text(form, 'role'), language },
    };
    return json(result, { headers: responseHeaders(request) });
  }
  if (intent === 'update') {
    const id = text(form, 'id');
    const { staffUpdate } = await gql(request, context, staffUpdateMutation, {
      input: { id, role: role(text(form, 'role')), active: form.get('active') === 'on' },
    });
    if (staffUpdate.staff && staffUpdate.userErrors.length === 0) {
      throw redirect(`/hub/staff?updated=${encodeURIComponent(staffUpdate.staff.name)}`, { headers: responseHeaders(request) });
    }
    const result: ActionResult = { intent, id, errors: staffUpdate.userErrors.map((e) => e.message) };
    return json(result, { headers: responseHeaders(request) });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

export default function StaffPage() {
  const { members, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const createFailed = actionData?.intent === 'create' ? actionData : null;
  const errors = createFailed?.errors.fields ?? {};
  const values = createFailed?.values ?? {};
  const notice = params.get('added') ? t('staff.added', { name: params.get('added') }) : params.get('updated') ? t('staff.updated', { name: params.get('updated') }) : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('staff.title')}</h1>
          <p className="muted">{t('staff.intro')}</p>
        </div>
      </div>
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}

      <div className="card card--flush">
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('staff.name')}</th>
                <th scope="col">{t('staff.language')}</th>
                <th scope="col">{t('staff.lastSignIn')}</th>
                <th scope="col">{t('staff.roleAndStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const rowErrors = actionData?.intent === 'update' && actionData.id === m.id ? actionData.errors : [];
                return (
                  <tr key={m.id} className={m.active ? undefined : 'is-inactive'}>
                    <th scope="row" data-label={t('staff.name')}>
                      <span className="cell-title">
                        {m.name} {m.id === me ? <span className="badge badge--neutral badge--inline">{t('staff.you')}</span> : null}
                      </span>
                      <span className="muted small">{m.email}</span>
                    </th>
                    <td data-label={t('staff.language')}>{languageName(m.language, i18n.language)}</td>
                    <td data-label={t('staff.lastSignIn')}>{m.lastSignInAt ? <DateTime value={m.lastSignInAt} withTime /> : <span className="muted">{t('access.never')}</span>}</td>
                    <td data-label={t('staff.roleAndStatus')}>
                      <Form method="post" className="inline-row-form" aria-label={t('staff.changeFor', { name: m.name })}>
                        <input type="hidden" name="id" value={m.id} />
                        <label className="visually-hidden" htmlFor={`role-${m.id}`}>
                          {t('staff.roleFor', { name: m.name })}
                        </label>
                        <select id={`role-${m.id}`} name="role" defaultValue={m.role} key={m.role}>
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(`staffRole.${r}`)}
                            </option>
                          ))}
                        </select>
                        <label className="choice">
                          <input type="checkbox" name="active" defaultChecked={m.active} key={String(m.active)} aria-label={t('staff.activeFor', { name: m.name })} />
                          <span aria-hidden="true">{t('staff.active')}</span>
                        </label>
                        <SubmitButton intent="update" className="button button--secondary button--small">
                          {t('common.save')}
                        </SubmitButton>
                      </Form>
                      {rowErrors.map((e) => (
                        <p key={e} className="feedback feedback--error" role="alert">
                          {e}
                        </p>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <section className="card" aria-labelledby="add-staff-title">
        <h2 id="add-staff-title" className="card__title">
          {t('staff.add')}
        </h2>
        <Form method="post" className="form form--wide">
          <FormErrorSummary errors={createFailed?.errors.form} title={t('common.fixErrors')} />
          <div className="form-grid">
            <TextField label={t('staff.name')} name="name" required maxLength={200} autoComplete="off" defaultValue={values.name} errors={errors.name} />
            <TextField label={t('staff.email')} name="email" type="email" required autoComplete="off" defaultValue={values.email} errors={errors.email} />
            <SelectField label={t('staff.role')} name="role" defaultValue={values.role || 'SALES'} hint={t('staff.roleHint')} errors={errors.role}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`staffRole.${r}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('staff.language')} name="language" defaultValue={values.language || i18n.language} errors={errors.language}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {languageName(l.code, i18n.language)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('staff.password')}
              name="password"
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
              hint={t('access.passwordRules')}
              errors={errors.password}
            />
            <TextField
              label={t('staff.passwordConfirmation')}
              name="passwordConfirmation"
              type="password"
              required
              autoComplete="new-password"
              errors={errors.passwordConfirmation}
            />
          </div>
          <div className="form-actions">
            <SubmitButton intent="create">{t('staff.addSubmit')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
