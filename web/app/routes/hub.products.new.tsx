import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductForm } from '../components/hub/product-form.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { productCreateMutation, productFormOptionsQuery } from '../graphql/products.server.js';
import { pageTitle } from '../utils/meta.js';
import { productFormErrors, productInputFromForm, productValuesFromForm, type ProductFormValues } from '../utils/product-form.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('products.newTitle'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const options = await gql(request, context, productFormOptionsQuery);
  return json(options, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const { productCreate } = await gql(request, context, productCreateMutation, { input: productInputFromForm(form) });
  if (productCreate.product && productCreate.userErrors.length === 0) {
    throw redirect(`/hub/products/${encodeURIComponent(productCreate.product.id)}?created=1`, { headers: responseHeaders(request) });
  }
  return json({ errors: productFormErrors(productCreate.userErrors), values: productValuesFromForm(form) }, { headers: responseHeaders(request) });
}

const EMPTY: ProductFormValues = {
  reference: '',
  barcode: '',
  name: '',
  description: '',
  brandId: '',
  seasonId: '',
  manufacturerId: '',
  tagIds: [],
  unit: 'piece',
  packSize: '1',
  active: true,
  taxRateId: '',
};

export default function NewProduct() {
  const options = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/products">
          <span aria-hidden="true">← </span>
          {t('products.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{t('products.newTitle')}</h1>
      </div>
      <ProductForm options={options} values={actionData?.values ?? EMPTY} errors={actionData?.errors} submitLabel={t('products.create')} />
    </>
  );
}
