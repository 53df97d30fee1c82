import { Form, Link, useActionData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import { customerPage, type ActionResult, type Customer } from './action-result.js';

/** A2: the customer number, changed in place (a pencil link opens the small form; works without JavaScript). */
export function CustomerNumber({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const actionData = useActionData<ActionResult>();
  const failed = actionData?.intent === 'customerNumber' ? actionData : null;
  const editing = params.get('edit') === 'number' || !!failed;
  const page = customerPage(customer.id);

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
