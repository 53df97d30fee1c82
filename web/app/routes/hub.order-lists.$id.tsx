import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextAreaField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customerSearchQuery } from '../graphql/customers.server.js';
import { hubOrderListQuery, orderListDeleteMutation, orderListLinesImportMutation, orderListLinesUpdateMutation, orderListPublishMutation } from '../graphql/order-lists.server.js';
import { text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (t) => data?.list.name ?? t('hubOrderLists.title'), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get('q')?.trim() ?? '';
  const [{ orderList }, found] = await Promise.all([
    gql(request, context, hubOrderListQuery, { id: params.id ?? '' }),
    q ? gql(request, context, customerSearchQuery, { query: q }).then((r) => r.customers.edges.map((e) => e.node)) : Promise.resolve([]),
  ]);
  const published = new Set(orderList.publishedTo.map((c) => c.id));
  return json({ list: orderList, q, found: found.filter((c) => !published.has(c.id)) }, { headers: responseHeaders(request) });
}

type ActionResult = { intent: 'import'; added: number; errors: string[]; problems: string[] } | { intent: 'other'; errors: string[] };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const orderListId = params.id ?? '';
  const form = await request.formData();
  const intent = text(form, 'intent');
  const reply = (r: ActionResult) => json(r, { headers: responseHeaders(request) });
  if (intent === 'import') {
    const { orderListLinesImport: r } = await gql(request, context, orderListLinesImportMutation, { input: { orderListId, text: text(form, 'codes') } });
    return reply({ intent: 'import', added: r.addedLineCount, errors: r.userErrors.map((e) => e.message), problems: r.problems.map((p) => p.message) });
  }
  if (intent === 'remove') {
    const { orderListLinesUpdate } = await gql(request, context, orderListLinesUpdateMutation, { input: { orderListId, lines: [{ lineId: text(form, 'lineId'), quantity: 0 }] } });
    return reply({ intent: 'other', errors: orderListLinesUpdate.userErrors.map((e) => e.message) });
  }
  if (intent === 'publish') {
    const { orderListPublish } = await gql(request, context, orderListPublishMutation, { input: { orderListId, customerIds: form.getAll('customerId').map(String) } });
    return reply({ intent: 'other', errors: orderListPublish.userErrors.map((e) => e.message) });
  }
  if (intent === 'delete') {
    const { orderListDelete } = await gql(request, context, orderListDeleteMutation, { input: { orderListId } });
    if (orderListDelete.deletedOrderListId) throw redirect('/hub/order-lists', { headers: responseHeaders(request) });
    return reply({ intent: 'other', errors: orderListDelete.userErrors.map((e) => e.message) });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

export default function HubOrderList() {
  const { list, q, found } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <nav className="breadcrumb" aria-label={t('storeCatalog.breadcrumb')}>
        <Link to="/hub/order-lists">
          <span aria-hidden="true">←</span> {t('hubOrderLists.title')}
        </Link>
      </nav>
      <div className="page-header">
        <h1>{list.name}</h1>
      </div>
      <FormErrorSummary errors={result?.errors} />

      <section className="card" aria-labelledby="hub-list-lines">
        <h2 id="hub-list-lines" className="card__title">
          {t('orderLists.lineCount', { count: list.lines.length })}
        </h2>
        {list.lines.length ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('hubOrderLists.product')}</th>
                  <th scope="col" className="num">
                    {t('cart.quantity')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('cart.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.lines.map((line) => (
                  <tr key={line.id}>
                    <td>
                      {line.product.name} <span className="muted mono">{line.product.reference}</span>
                    </td>
                    <td className="num">{line.quantity}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="lineId" value={line.id} />
                        <button type="submit" name="intent" value="remove" className="button button--ghost button--small" aria-label={t('cart.removeItem', { name: line.product.name })}>
                          {t('cart.remove')}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('hubOrderLists.noLines')}</p>
        )}
        <Form method="post" className="order-list-import">
          <TextAreaField id="hub-list-codes" label={t('orderLists.importLabel')} hint={t('orderLists.importHint')} name="codes" rows={4} />
          <SubmitButton intent="import" name="intent" value="import" className="button button--secondary">
            {t('orderLists.import')}
          </SubmitButton>
        </Form>
        {result?.intent === 'import' && !result.errors.length ? (
          <div role="status">
            <p className="feedback feedback--success">{t('orderLists.imported', { count: result.added })}</p>
            {result.problems.length ? (
              <ul className="feedback feedback--error">
                {result.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="hub-list-publish">
        <h2 id="hub-list-publish" className="card__title">
          {t('hubOrderLists.publishTitle')}
        </h2>
        <p className="muted">{t('hubOrderLists.publishHint')}</p>
        <Form method="get" role="search" className="order-list-create">
          <label htmlFor="hub-list-q">{t('hubOrderLists.findCustomers')}</label>
          <input id="hub-list-q" type="search" name="q" defaultValue={q} />
          <button type="submit" className="button button--secondary">
            {t('hubOrderLists.search')}
          </button>
        </Form>
        <Form method="post">
          <fieldset className="order-list-customers">
            <legend>{t('hubOrderLists.customers')}</legend>
            {[...list.publishedTo.map((c) => ({ ...c, checked: true })), ...found.map((c) => ({ ...c, checked: false }))].map((c) => (
              <label key={c.id} className="checkbox-row">
                <input type="checkbox" name="customerId" value={c.id} defaultChecked={c.checked} /> {c.name} <span className="muted mono">{c.customerNumber}</span>
              </label>
            ))}
            {list.publishedTo.length === 0 && found.length === 0 ? <p className="muted">{t('hubOrderLists.noCustomers')}</p> : null}
          </fieldset>
          <SubmitButton intent="publish" name="intent" value="publish" className="button button--primary">
            {t('hubOrderLists.publish')}
          </SubmitButton>
        </Form>
      </section>

      <Form method="post" onSubmit={(e) => !confirm(t('hubOrderLists.deleteConfirm')) && e.preventDefault()}>
        <SubmitButton intent="delete" name="intent" value="delete" className="button button--danger">
          {t('orderLists.delete')}
        </SubmitButton>
      </Form>
    </>
  );
}
