import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextAreaField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import { customerPage, type ActionResult, type Customer } from './action-result.js';

// Exclusion of the customer (A8): the form to exclude, the banner to lift. Server side: exclusion.server.ts.

/** A8: exclude with a reason, or lift the exclusion. */
export function ExclusionPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const failed = actionData?.intent === 'exclude' ? actionData : null;
  if (customer.status === 'EXCLUDED') return null;
  return (
    <section className="card card--danger" aria-labelledby="exclude-title">
      <h2 id="exclude-title" className="card__title">
        {t('exclusion.title')}
      </h2>
      <p className="muted">{t('exclusion.intro')}</p>
      <Form method="post" action={customerPage(customer.id)} className="form" preventScrollReset>
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

/** A8: the banner of an excluded customer, with its reason and the button that lifts the exclusion. */
export function ExclusionBanner({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const liftErrors = actionData?.intent === 'lift' ? actionData.errors : [];
  if (customer.status !== 'EXCLUDED') return null;
  return (
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
      <Form method="post" action={customerPage(customer.id)}>
        <SubmitButton intent="lift" className="button button--secondary">
          {t('exclusion.lift')}
        </SubmitButton>
      </Form>
    </div>
  );
}
