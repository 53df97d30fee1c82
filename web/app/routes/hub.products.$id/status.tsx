import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import type { ActionResult, Product } from './action-result.js';

/** C1: deactivate or reactivate the product (one button). Server side: status.server.ts. */
export function StatusPanel({ product }: { product: Product }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const statusErrors = actionData?.intent === 'status' && !actionData.saved ? actionData.errors.form.concat(Object.values(actionData.errors.fields).flat()) : [];
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title" className="card__title">
        {t('hubCatalog.product.statusTitle')}
      </h2>
      <p>{product.active ? t('hubCatalog.product.activeText') : t('hubCatalog.product.inactiveText')}</p>
      <FormErrorSummary errors={statusErrors.length ? statusErrors : undefined} />
      <Form method="post">
        <input type="hidden" name="active" value={product.active ? 'false' : 'true'} />
        <SubmitButton className={`button ${product.active ? 'button--danger' : 'button--primary'}`} intent="status">
          {product.active ? t('hubCatalog.product.deactivate') : t('hubCatalog.product.reactivate')}
        </SubmitButton>
      </Form>
    </section>
  );
}
