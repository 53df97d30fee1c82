import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useSearchParams,
  type MetaFunction,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  CheckboxField,
  FormErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from "../components/ui/fields.js";
import { SubmitButton } from "../components/ui/submit-button.js";
import {
  gql,
  responseHeaders,
  type ApiErrorBody,
} from "../graphql/client.server.js";
import {
  documentSettingsQuery,
  documentSettingsUpdateMutation,
} from "../graphql/documents-settings.server.js";
import { LANGUAGES, languageName, uiLanguage } from "../i18n/i18n.js";
import { formErrors, noErrors, text } from "../utils/form-errors.js";
import { pageTitle } from "../utils/meta.js";

export { RouteErrorBoundary as ErrorBoundary } from "../components/ui/error-page.js";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("documentSettings.title"), "hub");

/** The letterhead's texts, as the API names them, and their longest lengths (the API checks them too). */
const TEXTS = {
  legalName: 200,
  legalAddress: 500,
  vatNumber: 40,
  companyRegistration: 100,
  iban: 40,
  bic: 20,
  paymentTerms: 500,
  documentFooter: 1000,
} as const;
type TextName = keyof typeof TEXTS;
const MULTILINE: readonly TextName[] = [
  "legalAddress",
  "paymentTerms",
  "documentFooter",
];
const HINTS: Partial<Record<TextName, string>> = {
  legalName: "documentSettings.legalNameHint",
  companyRegistration: "documentSettings.companyRegistrationHint",
  paymentTerms: "documentSettings.paymentTermsHint",
  documentFooter: "documentSettings.documentFooterHint",
};
const SWITCHES = ["attachPdfToEmails", "attachDeliveryNoteToEmails"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { storeSettings, viewer } = await gql(
    request,
    context,
    documentSettingsQuery,
  );
  if (viewer.staff?.role !== "ADMIN") {
    throw json<ApiErrorBody>(
      { code: "FORBIDDEN", message: "Admins only" },
      { status: 403, headers: responseHeaders(request) },
    );
  }
  return json(
    { settings: storeSettings },
    { headers: responseHeaders(request) },
  );
}

/** Forwards the logo to the API's logo endpoint (or removes it) with the visitor's session cookie. */
async function sendLogo(
  request: Request,
  form: FormData | null,
): Promise<string | null> {
  const url = new URL("/api/settings/logo", request.url);
  const headers = { cookie: request.headers.get("cookie") ?? "" };
  let response: Response;
  if (form) {
    const file = form.get("logo");
    const body = new FormData();
    if (file instanceof Blob && file.size > 0)
      body.append("logo", file, file instanceof File ? file.name : "logo");
    response = await fetch(url, { method: "POST", body, headers });
  } else {
    response = await fetch(url, { method: "DELETE", headers });
  }
  if (response.ok) return null;
  const payload = (await response.json().catch(() => null)) as {
    error?: { message?: string };
  } | null;
  return payload?.error?.message ?? response.statusText;
}

/** Letterhead, emails' attachments and the logo (issue 15 D2); admins only, as the API decides. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "logo" || intent === "removeLogo") {
    const error = await sendLogo(request, intent === "logo" ? form : null);
    if (!error)
      throw redirect(
        `/hub/settings/documents?${intent === "logo" ? "logo=saved" : "logo=removed"}`,
        { headers: responseHeaders(request) },
      );
    return json(
      {
        intent: "logo" as const,
        logoError: error,
        errors: noErrors,
        values: null,
      },
      { headers: responseHeaders(request) },
    );
  }
  const values = Object.fromEntries(
    Object.keys(TEXTS).map((k) => [k, text(form, k)]),
  ) as Record<TextName, string>;
  const switches = Object.fromEntries(
    SWITCHES.map((s) => [s, form.get(s) === "on"]),
  ) as Record<(typeof SWITCHES)[number], boolean>;
  const { storeSettingsUpdate } = await gql(
    request,
    context,
    documentSettingsUpdateMutation,
    { input: { ...values, ...switches } },
  );
  if (storeSettingsUpdate.userErrors.length === 0)
    throw redirect("/hub/settings/documents?saved=1", {
      headers: responseHeaders(request),
    });
  return json(
    {
      intent: "letterhead" as const,
      logoError: null,
      errors: formErrors(storeSettingsUpdate.userErrors, [
        ...Object.keys(TEXTS),
        ...SWITCHES,
      ]),
      values,
    },
    { headers: responseHeaders(request) },
  );
}

export default function DocumentSettingsPage() {
  const { settings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const errors = actionData?.errors.fields ?? {};
  const value = (name: TextName) =>
    actionData?.values?.[name] ?? settings[name] ?? "";
  const notice = actionData
    ? null
    : params.get("saved")
      ? t("documentSettings.saved")
      : params.get("logo") === "saved"
        ? t("documentSettings.logoSaved")
        : params.get("logo") === "removed"
          ? t("documentSettings.logoRemoved")
          : null;
  return (
    <>
      <div className="page-header">
        <div>
          <p className="muted">
            <Link to="/hub/settings">{t("documentSettings.back")}</Link>
          </p>
          <h1>{t("documentSettings.title")}</h1>
          <p className="muted">{t("documentSettings.intro")}</p>
        </div>
      </div>
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <div className="document-settings">
        <Form
          method="post"
          className="form card form--wide"
          aria-labelledby="letterhead-title"
        >
          <h2 id="letterhead-title" className="card__title">
            {t("documentSettings.letterheadTitle")}
          </h2>
          <FormErrorSummary
            errors={actionData?.errors.form}
            title={t("common.fixErrors")}
          />
          {(Object.keys(TEXTS) as TextName[]).map((name) =>
            MULTILINE.includes(name) ? (
              <TextAreaField
                key={name}
                label={t(`documentSettings.${name}`)}
                hint={HINTS[name] ? t(HINTS[name]) : undefined}
                name={name}
                rows={3}
                maxLength={TEXTS[name]}
                defaultValue={value(name)}
                errors={errors[name]}
              />
            ) : (
              <TextField
                key={name}
                label={t(`documentSettings.${name}`)}
                hint={HINTS[name] ? t(HINTS[name]) : undefined}
                name={name}
                maxLength={TEXTS[name]}
                defaultValue={value(name)}
                errors={errors[name]}
                autoComplete="off"
              />
            ),
          )}
          <fieldset>
            <legend>{t("documentSettings.emailsTitle")}</legend>
            <CheckboxField
              label={t("documentSettings.attachPdfToEmails")}
              name="attachPdfToEmails"
              defaultChecked={settings.attachPdfToEmails}
            />
            <CheckboxField
              label={t("documentSettings.attachDeliveryNoteToEmails")}
              name="attachDeliveryNoteToEmails"
              defaultChecked={settings.attachDeliveryNoteToEmails}
            />
          </fieldset>
          <div className="form-actions">
            <SubmitButton intent="letterhead">{t("common.save")}</SubmitButton>
          </div>
        </Form>
        <div className="document-settings__side">
          <section className="card" aria-labelledby="logo-title">
            <h2 id="logo-title" className="card__title">
              {t("documentSettings.logoTitle")}
            </h2>
            {settings.hasLogo ? (
              <img
                src="/api/settings/logo"
                alt={t("documentSettings.logoAlt")}
                className="letterhead-logo"
              />
            ) : (
              <p className="muted">{t("documentSettings.noLogo")}</p>
            )}
            <Form method="post" encType="multipart/form-data" className="form">
              <TextField
                id="letterhead-logo"
                label={t("documentSettings.logoFile")}
                hint={t("documentSettings.logoHint")}
                type="file"
                name="logo"
                accept="image/png,image/jpeg"
                required
                errors={
                  actionData?.logoError ? [actionData.logoError] : undefined
                }
              />
              <div className="form-actions">
                <SubmitButton
                  className="button button--secondary"
                  intent="logo"
                >
                  {t("documentSettings.upload")}
                </SubmitButton>
              </div>
            </Form>
            {settings.hasLogo ? (
              <Form method="post" className="form">
                <div className="form-actions">
                  <SubmitButton
                    className="button button--secondary"
                    intent="removeLogo"
                  >
                    {t("documentSettings.removeLogo")}
                  </SubmitButton>
                </div>
              </Form>
            ) : null}
          </section>
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title" className="card__title">
              {t("documentSettings.previewTitle")}
            </h2>
            <p className="muted">{t("documentSettings.previewText")}</p>
            {/* A plain GET form: the PDF opens in a new tab, in the language chosen, with or without script. */}
            <form
              method="get"
              action="/api/settings/sample-confirmation.pdf"
              target="_blank"
              className="inline-form"
            >
              <SelectField
                label={t("documentSettings.previewLanguage")}
                hint={t("documentSettings.previewLanguageHint")}
                name="language"
                defaultValue={uiLanguage(i18n.language)}
              >
                {LANGUAGES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {languageName(l.code, i18n.language)}
                  </option>
                ))}
              </SelectField>
              <div className="inline-form__actions">
                <button type="submit" className="button button--secondary">
                  {t("documentSettings.preview")}
                </button>
              </div>
            </form>
          </section>
        </div>
      </div>
    </>
  );
}
