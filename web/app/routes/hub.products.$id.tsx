import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductForm } from '../components/hub/product-form.js';
import { FormErrorSummary, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubProductQuery, productFormOptionsQuery, productUpdateMutation } from '../graphql/products.server.js';
import { productGridsQuery, productLevelsAndLocationsQuery, productPricesSetMutation, stockLevelsSetMutation } from '../graphql/catalog-admin.server.js';
import { noErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { productFormErrors, productInputFromForm, productValuesFromForm } from '../utils/product-form.js';
import { decimal } from '../utils/quantity.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? data.product.name : t('errors.notFound.title')), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const [{ product }, options, { priceLevels, storageLocations }] = await Promise.all([
    gql(request, context, hubProductQuery, { id: params.id ?? '' }),
    gql(request, context, productFormOptionsQuery),
    gql(request, context, productLevelsAndLocationsQuery),
  ]);
  return json({ product, options, priceLevels, storageLocations }, { headers: responseHeaders(request) });
}

/** A grid's outcome: API errors per cell (translated), cells that are not numbers, and what was typed. */
type GridResult = { intent: 'prices' | 'stock'; saved: boolean; fieldErrors: Record<string, string[]>; invalid: string[]; cells: Record<string, string> };

/**
 * Saves the price grid: one productPricesSet per level whose value changed (an empty cell removes
 * the price). Cells that are not numbers never reach the API; each error lands on its level's cell.
 */
async function savePrices(request: Request, context: ActionFunctionArgs['context'], id: string, form: FormData): Promise<GridResult> {
  const { product, priceLevels } = await gql(request, context, productGridsQuery, { id });
  const cells: Record<string, string> = {};
  const fieldErrors: Record<string, string[]> = {};
  const invalid: string[] = [];
  const changes: Array<{ levelId: string; amount: string | null }> = [];
  for (const level of priceLevels) {
    const raw = String(form.get(`price-${level.id}`) ?? '').trim();
    cells[level.id] = raw;
    const amount = decimal(raw);
    if (amount === null) {
      invalid.push(level.id);
      continue;
    }
    const current = product.prices.find((p) => p.priceLevel.id === level.id)?.amount.amount ?? null;
    if ((amount || null) === current || (amount && current && Number(amount) === Number(current))) continue;
    changes.push({ levelId: level.id, amount: amount || null });
  }
  if (invalid.length) return { intent: 'prices', saved: false, fieldErrors, invalid, cells };
  for (const change of changes) {
    const { productPricesSet } = await gql(request, context, productPricesSetMutation, {
      input: { priceLevelId: change.levelId, prices: [{ productId: id, amount: change.amount }] },
    });
    if (productPricesSet.userErrors.length) fieldErrors[change.levelId] = productPricesSet.userErrors.map((e) => e.message);
  }
  return { intent: 'prices', saved: Object.keys(fieldErrors).length === 0, fieldErrors, invalid, cells };
}

/** Saves the stock grid: one stockLevelsSet per location whose quantity changed. */
async function saveStock(request: Request, context: ActionFunctionArgs['context'], id: string, form: FormData): Promise<GridResult> {
  const { product, storageLocations } = await gql(request, context, productGridsQuery, { id });
  const cells: Record<string, string> = {};
  const fieldErrors: Record<string, string[]> = {};
  const invalid: string[] = [];
  const changes: Array<{ locationId: string; quantity: number }> = [];
  for (const location of storageLocations) {
    const raw = String(form.get(`stock-${location.id}`) ?? '').trim();
    cells[location.id] = raw;
    const quantity = raw === '' ? 0 : Number(raw);
    if (!/^\d*$/.test(raw) || !Number.isSafeInteger(quantity) || quantity > 2_147_483_647) {
      invalid.push(location.id);
      continue;
    }
    const current = product.stockLevels.find((s) => s.storageLocation.id === location.id)?.quantity ?? 0;
    if (quantity !== current) changes.push({ locationId: location.id, quantity });
  }
  if (invalid.length) return { intent: 'stock', saved: false, fieldErrors, invalid, cells };
  for (const change of changes) {
    const { stockLevelsSet } = await gql(request, context, stockLevelsSetMutation, {
      input: { storageLocationId: change.locationId, levels: [{ productId: id, quantity: change.quantity }] },
    });
    if (stockLevelsSet.userErrors.length) fieldErrors[change.locationId] = stockLevelsSet.userErrors.map((e) => e.message);
  }
  return { intent: 'stock', saved: Object.keys(fieldErrors).length === 0, fieldErrors, invalid, cells };
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
  const intent = form.get('intent');
  if (intent === 'prices' || intent === 'stock') {
    const result = intent === 'prices' ? await savePrices(request, context, id, form) : await saveStock(request, context, id, form);
    return json({ ...result, imageError: null, errors: noErrors, values: null }, { headers: responseHeaders(request) });
  }
  if (intent === 'status') {
    const active = form.get('active') === 'true';
    const { productUpdate } = await gql(request, context, productUpdateMutation, { input: { id, active } });
    return json(
      {
        intent: 'status' as const,
        saved: productUpdate.userErrors.length === 0,
        active,
        imageError: null,
        errors: productFormErrors(productUpdate.userErrors),
        values: null,
      },
      { headers: responseHeaders(request) },
    );
  }
  if (intent === 'image') {
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

/** A grid of amounts (prices per level or stock per location) as one form, errors next to each cell. */
function GridForm({
  intent,
  title,
  hint,
  rows,
  result,
  submitLabel,
  savedText,
  emptyText,
  invalidText,
  numeric,
}: {
  intent: 'prices' | 'stock';
  title: string;
  hint: string;
  rows: Array<{ id: string; label: string; value: string; isDefault: boolean }>;
  result: GridResult | null;
  submitLabel: string;
  savedText: string;
  emptyText: string;
  invalidText: string;
  numeric: boolean;
}) {
  const { t } = useTranslation();
  const titleId = `${intent}-title`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {title}
      </h2>
      {result?.saved ? (
        <div className="alert alert--success" role="status">
          <p>{savedText}</p>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <Form method="post" className="form hubcat-grid" aria-labelledby={titleId} key={result?.saved ? 'saved' : intent}>
          <p className="field__hint">{hint}</p>
          {result && !result.saved ? <FormErrorSummary errors={[t('hubCatalog.product.gridErrors')]} /> : null}
          {rows.map((row) => {
            const errors = [...(result?.invalid.includes(row.id) ? [invalidText] : []), ...(result?.fieldErrors[row.id] ?? [])];
            return (
              <TextField
                key={row.id}
                id={`${intent}-${row.id}`}
                label={row.isDefault ? `${row.label} (${t('hubCatalog.defaultBadge')})` : row.label}
                name={`${intent === 'prices' ? 'price' : 'stock'}-${row.id}`}
                inputMode={numeric ? 'numeric' : 'decimal'}
                autoComplete="off"
                defaultValue={result && !result.saved ? (result.cells[row.id] ?? row.value) : row.value}
                errors={errors.length ? errors : undefined}
              />
            );
          })}
          <div className="form-actions">
            <SubmitButton className="button button--secondary" intent={intent}>
              {submitLabel}
            </SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}

export default function EditProduct() {
  const { product, options, priceLevels, storageLocations } = useLoaderData<typeof loader>();
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
      : actionData?.saved && actionData.intent === 'status'
        ? t(product.active ? 'hubCatalog.product.reactivated' : 'hubCatalog.product.deactivated')
        : actionData?.saved && actionData.intent === 'update'
          ? t('products.saved')
          : !actionData && searchParams.get('created')
            ? t('products.created')
            : null;
  const imageError = actionData?.imageError ? (actionData.imageError === 'required' ? t('products.imageRequired') : actionData.imageError) : null;
  const grid = (intent: 'prices' | 'stock') => (actionData && actionData.intent === intent ? (actionData as unknown as GridResult) : null);
  const statusErrors = actionData?.intent === 'status' && !actionData.saved ? actionData.errors.form.concat(Object.values(actionData.errors.fields).flat()) : [];

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/products">
          <span aria-hidden="true">← </span>
          {t('products.back')}
        </Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{product.name}</h1>
          <p className="muted mono">{product.reference}</p>
        </div>
        <div className="page-header__actions">
          <span className={`badge badge--${product.active ? 'success' : 'neutral'}`}>{product.active ? t('products.activeYes') : t('products.inactive')}</span>
          <Link to={`/hub/catalog/explain?pq=${encodeURIComponent(product.reference)}`} className="button button--ghost">
            {t('hubCatalog.product.explainLink')}
          </Link>
        </div>
      </div>
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <ProductForm
        key={actionData?.saved ? `saved-${actionData.intent}` : 'form'}
        options={options}
        values={values}
        errors={actionData?.intent === 'update' ? actionData.errors : undefined}
        submitLabel={t('common.save')}
        intent="update"
      />

      <div className="detail-grid">
        <GridForm
          intent="prices"
          title={t('products.prices')}
          hint={t('hubCatalog.product.pricesHint')}
          rows={priceLevels.map((level) => ({
            id: level.id,
            label: `${level.name} (${level.currencyCode})`,
            value: product.prices.find((p) => p.priceLevel.id === level.id)?.amount.amount ?? '',
            isDefault: level.isDefault,
          }))}
          result={grid('prices')}
          submitLabel={t('hubCatalog.product.savePrices')}
          savedText={t('hubCatalog.product.pricesSaved')}
          emptyText={t('hubCatalog.product.noLevels')}
          invalidText={t('hubCatalog.product.notANumber')}
          numeric={false}
        />
        <GridForm
          intent="stock"
          title={t('products.stock')}
          hint={t('hubCatalog.product.stockHint')}
          rows={storageLocations.map((location) => ({
            id: location.id,
            label: location.name,
            value: String(product.stockLevels.find((s) => s.storageLocation.id === location.id)?.quantity ?? 0),
            isDefault: location.isDefault,
          }))}
          result={grid('stock')}
          submitLabel={t('hubCatalog.product.saveStock')}
          savedText={t('hubCatalog.product.stockSaved')}
          emptyText={t('hubCatalog.product.noLocations')}
          invalidText={t('hubCatalog.product.notAQuantity')}
          numeric
        />
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
      </div>
    </>
  );
}
