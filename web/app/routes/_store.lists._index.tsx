import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextField } from '../components/ui/fields.js';
import { DateTime } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { orderListCreateMutation, orderListsQuery } from '../graphql/order-lists.server.js';
import { formErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { orderingViewer } from '../utils/ordering-guard.server.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('orderLists.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  await orderingViewer(request, context);
  const after = new URL(request.url).searchParams.get('after') || null;
  const { orderLists } = await gql(request, context, orderListsQuery, { first: 20, after });
  return json({ lists: orderLists.edges.map((e) => e.node), pageInfo: orderLists.pageInfo }, { headers: responseHeaders(request) });
}

/**
 * Creates a list, empty, from the cart or from a past order (the cart page's and the order page's
 * "Save as a list" post here too).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  await orderingViewer(request, context);
  const form = await request.formData();
  const orderId = text(form, 'orderId') || null;
  const { orderListCreate } = await gql(request, context, orderListCreateMutation, { input: { name: text(form, 'name'), fromCart: form.get('fromCart') === '1', orderId } });
  if (orderListCreate.orderList) throw redirect(`/lists/${encodeURIComponent(orderListCreate.orderList.id)}`, { headers: responseHeaders(request) });
  return json({ errors: formErrors(orderListCreate.userErrors, ['name']) }, { headers: responseHeaders(request) });
}

export default function OrderLists() {
  const { lists, pageInfo } = useLoaderData<typeof loader>();
  const submitted = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('orderLists.title')}</h1>
      </div>
      <p className="muted">{t('orderLists.intro')}</p>
      <Form method="post" className="card order-list-create">
        <FormErrorSummary errors={submitted?.errors.form} />
        <TextField id="list-name" label={t('orderLists.newName')} name="name" maxLength={100} required errors={submitted?.errors.fields.name} />
        <SubmitButton className="button button--primary">{t('orderLists.create')}</SubmitButton>
      </Form>
      {lists.length === 0 ? (
        <div className="empty card">
          <p>{t('orderLists.empty')}</p>
        </div>
      ) : (
        <ul className="order-list-cards" aria-label={t('orderLists.title')}>
          {lists.map((list) => (
            <li key={list.id} className="card order-list-card">
              <Link to={`/lists/${encodeURIComponent(list.id)}`} className="order-list-card__link strong">
                {list.name}
              </Link>
              <span className="muted">{t('orderLists.lineCount', { count: list.lineCount })}</span>
              {list.published ? <span className="badge">{t('orderLists.published')}</span> : null}
              <span className="muted small">
                {t('orderLists.updated')} <DateTime value={list.updatedAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
