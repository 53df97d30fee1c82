import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import type { ActionResult, Product } from './action-result.js';

/** C1: the product's image and the form that replaces it. Server side: image.server.ts. */
export function ImagePanel({ product }: { product: Product }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const failed = actionData?.intent === 'image' ? actionData.imageError : null;
  const imageError = failed ? (failed === 'required' ? t('products.imageRequired') : failed) : null;
  return (
    <section className="card" aria-labelledby="image-title">
      <h2 id="image-title" className="card__title">
        {t('products.image')}
      </h2>
      {product.imageUrl ? (
        <img src={product.imageUrl} alt={t('products.imageAlt', { name: product.name })} className="product-image" />
      ) : (
        <p className="muted">{t('products.noImage')}</p>
      )}
      <Form method="post" encType="multipart/form-data" className="form">
        <input type="hidden" name="intent" value="image" />
        <TextField
          id="product-image"
          label={t('products.imageFile')}
          hint={t('products.imageHint')}
          type="file"
          name="image"
          accept="image/jpeg,image/png,image/webp"
          required
          errors={imageError ? [imageError] : undefined}
        />
        <div className="form-actions">
          <SubmitButton className="button button--secondary" intent="image">
            {t('products.upload')}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}
