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

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubOrderLists.title'), 'hub');

// Issue 19 B1: lists staff prepare ("our summer range") and publish to chosen customers.

export async function loader({ request, context }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('after') || null;
  const { orderLists } = await gql(request, context, orderListsQuery, { first: 20, after });
  return json({ lists: orderLists.edges.map((e) => e.node), pageInfo: orderLists.pageInfo }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const { orderListCreate } = await gql(request, context, orderListCreateMutation, { input: { name: text(form, 'name') } });
  if (orderListCreate.orderList) throw redirect(`/hub/order-lists/${encodeURIComponent(orderListCreate.orderList.id)}`, { headers: responseHeaders(request) });
  return json({ errors: formErrors(orderListCreate.userErrors, ['name']) }, { headers: responseHeaders(request) });
}

export default function HubOrderLists() {
  const { lists, pageInfo } = useLoaderData<typeof loader>();
  const submitted = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('hubOrderLists.title')}</h1>
      </div>
      <p className="muted">{t('hubOrderLists.intro')}</p>
      <Form method="post" className="card order-list-create">
        <FormErrorSummary errors={submitted?.errors.form} />
        <TextField id="hub-list-name" label={t('orderLists.newName')} name="name" maxLength={100} required errors={submitted?.errors.fields.name} />
        <SubmitButton className="button button--primary">{t('orderLists.create')}</SubmitButton>
      </Form>
      {lists.length === 0 ? (
        <div className="empty card">
          <p>{t('hubOrderLists.empty')}</p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            {/* On a phone each list is a card (table--stack), its values labelled. */}
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('hubOrderLists.name')}</th>
                  <th scope="col" className="num">
                    {t('hubOrderLists.lines')}
                  </th>
                  <th scope="col">{t('orderLists.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {lists.map((list) => (
                  <tr key={list.id}>
                    <td>
                      <Link to={`/hub/order-lists/${encodeURIComponent(list.id)}`} className="strong">
                        {list.name}
                      </Link>
                    </td>
                    <td className="num" data-label={t('hubOrderLists.lines')}>
                      {list.lineCount}
                    </td>
                    <td data-label={t('orderLists.updated')}>
                      <DateTime value={list.updatedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
