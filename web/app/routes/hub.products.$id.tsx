import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductForm } from '../components/hub/product-form.js';
import { FormErrorSummary } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubProductQuery, productFormOptionsQuery, productUpdateMutation } from '../graphql/products.server.js';
import { noErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { productFormErrors, productInputFromForm, productValuesFromForm } from '../utils/product-form.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? data.product.name : t('errors.notFound.title')), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const [{ product }, options] = await Promise.all([
    gql(request, context, hubProductQuery, { id: params.id ?? '' }),
    gql(request, context, productFormOptionsQuery),
  ]);
  return json({ product, options }, { headers: responseHeaders(request) });
}

/** Forwards an uploaded image to the API's image endpoint with the visitor's session cookie. */
async function uploadImage(request: Request, id: string, form: FormData) {
  const file = form.get('image');
  if (!(file instanceof Blob) || file.size === 0) return { ok: false as const, message: null };
  const body = new FormData();
  body.append('image', file, file instanceof File ? file.name : 'image');
  const url = new URL(`/api/products/${encodeURIComponent(id)}/image`, request.url);
  const response = await fetch(url, { method: 'POST', body, headers: { cookie: request.headers.get('cookie') ?? '' } });
  if (response.ok) return { ok: true as const, message: null };
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return { ok: false as const, message: payload?.error?.message ?? null };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const id = params.id ?? '';
  const form = await request.formData();
  if (form.get('intent') === 'image') {
    const result = await uploadImage(request, id, form);
    return json(
      { intent: 'image' as const, saved: result.ok, imageError: result.ok ? null : (result.message ?? 'required'), errors: noErrors, values: null },
      { headers: responseHeaders(request) },
    );
  }
  const { productUpdate } = await gql(request, context, productUpdateMutation, { input: { id, ...productInputFromForm(form) } });
  const ok = productUpdate.userErrors.length === 0;
  return json(
    {
      intent: 'update' as const,
      saved: ok,
      imageError: null,
      errors: productFormErrors(productUpdate.userErrors),
      values: ok ? null : productValuesFromForm(form),
    },
    { headers: responseHeaders(request) },
  );
}

export default function EditProduct() {
  const { product, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const values = actionData?.values ?? {
    reference: product.reference,
    barcode: product.barcode ?? '',
    name: product.name,
    description: product.description ?? '',
    brandId: product.brand?.id ?? '',
    seasonId: product.season?.id ?? '',
    manufacturerId: product.manufacturer?.id ?? '',
    tagIds: product.tags.map((tag) => tag.id),
    unit: product.unit,
    packSize: String(product.packSize),
    active: product.active,
  };
  const notice =
    actionData?.saved && actionData.intent === 'image'
      ? t('products.imageSaved')
      : actionData?.saved
        ? t('products.saved')
        : !actionData && searchParams.get('created')
          ? t('products.created')
          : null;
  const imageError = actionData?.imageError ? (actionData.imageError === 'required' ? t('products.imageRequired') : actionData.imageError) : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/products">
          <span aria-hidden="true">← </span>
          {t('products.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{product.name}</h1>
      </div>
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <ProductForm
        key={actionData?.saved ? 'saved' : 'form'}
        options={options}
        values={values}
        errors={actionData?.intent === 'update' ? actionData.errors : undefined}
        submitLabel={t('common.save')}
        intent="update"
      />

      <div className="detail-grid">
        <section className="card" aria-labelledby="prices-title">
          <h2 id="prices-title" className="card__title">
            {t('products.prices')}
          </h2>
          {product.prices.length === 0 ? (
            <p className="muted">{t('products.noPrices')}</p>
          ) : (
            <dl className="facts">
              {product.prices.map((p) => (
                <div key={p.priceLevel.id}>
                  <dt>{p.priceLevel.name}</dt>
                  <dd>
                    <Money value={p.amount} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <section className="card" aria-labelledby="stock-title">
          <h2 id="stock-title" className="card__title">
            {t('products.stock')}
          </h2>
          {product.stockLevels.length === 0 ? (
            <p className="muted">{t('products.noStock')}</p>
          ) : (
            <dl className="facts">
              {product.stockLevels.map((s) => (
                <div key={s.storageLocation.id}>
                  <dt>{s.storageLocation.name}</dt>
                  <dd>{s.quantity}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
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
            <FormErrorSummary errors={imageError ? [imageError] : undefined} title={t('common.fixErrors')} />
            <div className="field">
              <label htmlFor="product-image">{t('products.imageFile')}</label>
              <p className="field__hint" id="product-image-hint">
                {t('products.imageHint')}
              </p>
              <input id="product-image" type="file" name="image" accept="image/jpeg,image/png,image/webp" required aria-describedby="product-image-hint" />
            </div>
            <div className="form-actions">
              <SubmitButton className="button button--secondary" intent="image">
                {t('products.upload')}
              </SubmitButton>
            </div>
          </Form>
        </section>
      </div>
    </>
  );
}
