import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductForm } from '../../components/hub/product-form.js';
import { gql, responseHeaders } from '../../graphql/client.server.js';
import { productLevelsAndLocationsQuery } from '../../graphql/catalog-admin.server.js';
import { hubProductQuery, productFormOptionsQuery } from '../../graphql/products.server.js';
import { text } from '../../utils/form-errors.js';
import { pageTitle } from '../../utils/meta.js';
import { unknownIntent } from '../../utils/parse-form.server.js';
import type { ActionResult } from './action-result.js';
import { productAction } from './context.server.js';
import { updateProduct } from './details.server.js';
import { GridForm } from './grids.js';
import { savePrices, saveStock } from './grids.server.js';
import { ImagePanel } from './image.js';
import { uploadImage } from './image.server.js';
import { StatusPanel } from './status.js';
import { setStatus } from './status.server.js';
import { TranslationsPanel } from './translations.js';
import { saveTranslation } from './translations.server.js';

// The product page of the hub (C1, C2). Each form has its component and zod schema (schemas.ts) in a
// file of this folder and its server side in the matching *.server.ts (the details form is the
// shared components/hub/product-form.tsx); this module loads the page, sends each posted form to its
// handler by `intent`, and lays the parts out. See decisions 0033 and 0040.

export { RouteErrorBoundary as ErrorBoundary } from '../../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? data.product.name : t('errors.notFound.title')), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const [{ product, storeSettings }, options, { priceLevels, storageLocations }] = await Promise.all([
    gql(request, context, hubProductQuery, { id: params.id ?? '' }),
    gql(request, context, productFormOptionsQuery),
    gql(request, context, productLevelsAndLocationsQuery),
  ]);
  return json({ product, catalogLanguage: storeSettings.catalogLanguage, options, priceLevels, storageLocations }, { headers: responseHeaders(request) });
}

/** Every form of the page answers in place (no redirect): the outcome shows next to the form that was sent. */
export async function action(args: ActionFunctionArgs) {
  const form = await args.request.formData();
  const handler = productAction(args, form);
  switch (text(form, 'intent')) {
    case 'update':
      return updateProduct(handler);
    case 'prices':
      return savePrices(handler);
    case 'stock':
      return saveStock(handler);
    case 'status':
      return setStatus(handler);
    case 'image':
      return uploadImage(handler);
    case 'translation':
      return saveTranslation(handler);
    default:
      return unknownIntent();
  }
}

export default function EditProduct() {
  const { product, catalogLanguage, options, priceLevels, storageLocations } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const failedUpdate = actionData?.intent === 'update' ? actionData : null;
  const values = failedUpdate?.values ?? {
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
    taxRateId: product.taxRateIsDefault ? '' : (product.taxRate?.id ?? ''),
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
        errors={failedUpdate?.errors}
        submitLabel={t('common.save')}
        intent="update"
      />

      <TranslationsPanel
        product={product}
        catalogLanguage={catalogLanguage}
        selected={searchParams.get('lang')}
        result={actionData?.intent === 'translation' ? actionData : null}
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
          submitLabel={t('hubCatalog.product.saveStock')}
          savedText={t('hubCatalog.product.stockSaved')}
          emptyText={t('hubCatalog.product.noLocations')}
          invalidText={t('hubCatalog.product.notAQuantity')}
          numeric
        />
        <StatusPanel product={product} />
        <ImagePanel product={product} />
      </div>
    </>
  );
}
