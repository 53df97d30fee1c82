import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextAreaField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { OrderListQuery } from '../graphql/generated/graphql.js';
import {
  orderListCartAddMutation,
  orderListCopyMutation,
  orderListDeleteMutation,
  orderListLinesImportMutation,
  orderListLinesReorderMutation,
  orderListLinesUpdateMutation,
  orderListQuery,
  orderListUpdateMutation,
} from '../graphql/order-lists.server.js';
import { text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { orderingViewer } from '../utils/ordering-guard.server.js';
import { quantity } from '../utils/quantity.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (t) => data?.list.name ?? t('orderLists.title'));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await orderingViewer(request, context);
  const { orderList } = await gql(request, context, orderListQuery, { id: params.id ?? '' });
  return json({ list: orderList }, { headers: responseHeaders(request) });
}

type ActionResult =
  | { intent: 'cart'; added: number; errors: string[] }
  | { intent: 'import'; added: number; errors: string[]; problems: Array<{ line: number; code: string; message: string }> }
  | { intent: 'line'; lineId: string; errors: string[] }
  | { intent: 'list'; errors: string[] };

const MAX_FILE_BYTES = 1024 * 1024;

export async function action({ request, context, params }: ActionFunctionArgs) {
  await orderingViewer(request, context);
  const orderListId = params.id ?? '';
  const form = await request.formData();
  const intent = text(form, 'intent');
  const reply = (result: ActionResult) => json(result, { headers: responseHeaders(request) });
  const messages = (errors: ReadonlyArray<{ message: string }>) => errors.map((e) => e.message);

  if (intent === 'cartAll' || intent === 'cartTicked') {
    const lineIds = intent === 'cartTicked' ? form.getAll('lineId').map(String) : null;
    if (lineIds && !lineIds.length) return reply({ intent: 'cart', added: 0, errors: [] });
    const { orderListCartAdd } = await gql(request, context, orderListCartAddMutation, { input: { orderListId, lineIds } });
    return reply({ intent: 'cart', added: orderListCartAdd.addedLineCount, errors: messages(orderListCartAdd.userErrors) });
  }
  if (intent === 'update' || intent === 'remove') {
    const lineId = text(form, 'lineId');
    const qty = intent === 'remove' ? 0 : quantity(text(form, 'quantity'));
    const { orderListLinesUpdate } = await gql(request, context, orderListLinesUpdateMutation, { input: { orderListId, lines: [{ lineId, quantity: qty }] } });
    return reply({ intent: 'line', lineId, errors: messages(orderListLinesUpdate.userErrors) });
  }
  if (intent === 'up' || intent === 'down') {
    const lineId = text(form, 'lineId');
    const { orderList } = await gql(request, context, orderListQuery, { id: orderListId });
    const ids = orderList.lines.map((l) => l.id);
    const i = ids.indexOf(lineId);
    const j = intent === 'up' ? i - 1 : i + 1;
    if (i >= 0 && j >= 0 && j < ids.length) {
      [ids[i], ids[j]] = [ids[j], ids[i]];
      const { orderListLinesReorder } = await gql(request, context, orderListLinesReorderMutation, { input: { orderListId, lineIds: ids } });
      return reply({ intent: 'line', lineId, errors: messages(orderListLinesReorder.userErrors) });
    }
    return reply({ intent: 'line', lineId, errors: [] });
  }
  if (intent === 'import') {
    const parts = [text(form, 'barcodes')];
    const file = form.get('file');
    if (file instanceof Blob && file.size > 0) {
      if (file.size > MAX_FILE_BYTES) return reply({ intent: 'import', added: 0, errors: ['fileTooLarge'], problems: [] });
      parts.push(await file.text());
    }
    const input = parts.filter((p) => p.trim()).join('\n');
    if (!input) return reply({ intent: 'import', added: 0, errors: ['empty'], problems: [] });
    const { orderListLinesImport: r } = await gql(request, context, orderListLinesImportMutation, { input: { orderListId, text: input } });
    return reply({ intent: 'import', added: r.addedLineCount, errors: messages(r.userErrors), problems: r.problems.map((p) => ({ line: p.line, code: p.code, message: p.message })) });
  }
  if (intent === 'rename') {
    const { orderListUpdate } = await gql(request, context, orderListUpdateMutation, { input: { orderListId, name: text(form, 'name') } });
    return reply({ intent: 'list', errors: messages(orderListUpdate.userErrors) });
  }
  if (intent === 'delete') {
    const { orderListDelete } = await gql(request, context, orderListDeleteMutation, { input: { orderListId } });
    if (orderListDelete.deletedOrderListId) throw redirect('/lists', { headers: responseHeaders(request) });
    return reply({ intent: 'list', errors: messages(orderListDelete.userErrors) });
  }
  if (intent === 'copy') {
    const { orderListCopy } = await gql(request, context, orderListCopyMutation, { input: { orderListId } });
    if (orderListCopy.orderList) throw redirect(`/lists/${encodeURIComponent(orderListCopy.orderList.id)}`, { headers: responseHeaders(request) });
    return reply({ intent: 'list', errors: messages(orderListCopy.userErrors) });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

type Line = OrderListQuery['orderList']['lines'][number];

function LineRow({ line, index, count, editable, errors }: { line: Line; index: number; count: number; editable: boolean; errors?: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={`order-list-line${line.available ? '' : ' order-list-line--unavailable'}`}>
      <div className="order-list-line__tick">
        <input id={`${id}-tick`} type="checkbox" name="lineId" value={line.id} form="list-to-cart" disabled={!line.available} />
        <label htmlFor={`${id}-tick`} className="order-list-line__name">
          <span className="cell-title">{line.product.name}</span>
          <span className="muted mono">{line.product.reference}</span>
          {!line.available ? <span className="feedback feedback--error">{t('orderLists.unavailable')}</span> : null}
        </label>
      </div>
      {editable ? (
        <Form method="post" className="qty-form order-list-line__actions" preventScrollReset>
          <input type="hidden" name="lineId" value={line.id} />
          <label htmlFor={`${id}-qty`} className="visually-hidden">
            {t('product.quantityFor', { name: line.product.name })}
          </label>
          <input id={`${id}-qty`} type="number" name="quantity" min={0} step={line.product.packSize} inputMode="numeric" defaultValue={line.quantity} key={line.quantity} required />
          <button type="submit" name="intent" value="update" className="button button--secondary button--small">
            {t('cart.update')}
          </button>
          <button type="submit" name="intent" value="up" className="button button--ghost button--small" aria-label={t('orderLists.moveUp', { name: line.product.name })} disabled={index === 0} formNoValidate>
            ↑
          </button>
          <button type="submit" name="intent" value="down" className="button button--ghost button--small" aria-label={t('orderLists.moveDown', { name: line.product.name })} disabled={index === count - 1} formNoValidate>
            ↓
          </button>
          <button type="submit" name="intent" value="remove" className="button button--ghost button--small" aria-label={t('cart.removeItem', { name: line.product.name })} formNoValidate>
            {t('cart.remove')}
          </button>
        </Form>
      ) : (
        <span className="order-list-line__qty">{t('orderLists.quantity', { count: line.quantity })}</span>
      )}
      {errors?.map((e) => (
        <p key={e} className="feedback feedback--error" role="alert">
          {e}
        </p>
      ))}
    </li>
  );
}

export default function OrderListPage() {
  const { list } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const importErrors = result?.intent === 'import' ? result.errors.map((e) => (e === 'empty' || e === 'fileTooLarge' ? t(`checkout.import.${e}`) : e)) : [];
  return (
    <>
      <nav className="breadcrumb" aria-label={t('storeCatalog.breadcrumb')}>
        <Link to="/lists">
          <span aria-hidden="true">←</span> {t('orderLists.title')}
        </Link>
      </nav>
      <div className="page-header">
        <h1>{list.name}</h1>
        {list.published ? <span className="badge">{t('orderLists.published')}</span> : null}
      </div>
      {list.published && !list.editable ? <p className="muted">{t('orderLists.readOnlyHint')}</p> : null}
      {result?.intent === 'list' ? <FormErrorSummary errors={result.errors} /> : null}

      <section className="card" aria-labelledby="list-lines-title">
        <h2 id="list-lines-title" className="card__title">
          {t('orderLists.lineCount', { count: list.lines.length })}
        </h2>
        {result?.intent === 'cart' ? (
          <div role="status" className="order-list-result">
            <p className="feedback feedback--success">
              {t('orderLists.addedToCart', { count: result.added })} <Link to="/cart">{t('orderLists.openCart')}</Link>
            </p>
            {result.errors.length ? (
              <ul className="feedback feedback--error">
                {result.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {list.lines.length === 0 ? (
          <p className="muted">{t('orderLists.noLines')}</p>
        ) : (
          <>
            <ol className="order-list-lines">
              {list.lines.map((line, i) => (
                <LineRow key={line.id} line={line} index={i} count={list.lines.length} editable={list.editable} errors={result?.intent === 'line' && result.lineId === line.id ? result.errors : undefined} />
              ))}
            </ol>
            <Form method="post" id="list-to-cart" className="order-list-order">
              <SubmitButton intent="cartAll" name="intent" value="cartAll" className="button button--primary">
                {t('orderLists.orderAll')}
              </SubmitButton>
              <SubmitButton intent="cartTicked" name="intent" value="cartTicked" className="button button--secondary">
                {t('orderLists.orderTicked')}
              </SubmitButton>
            </Form>
          </>
        )}
      </section>

      {list.editable ? (
        <section className="card" aria-labelledby="list-import-title">
          <h2 id="list-import-title" className="card__title">
            {t('orderLists.importTitle')}
          </h2>
          <Form method="post" encType="multipart/form-data" className="order-list-import">
            <FormErrorSummary errors={importErrors} />
            <TextAreaField id="list-barcodes" label={t('orderLists.importLabel')} hint={t('orderLists.importHint')} name="barcodes" rows={4} />
            <label htmlFor="list-file">{t('orderLists.importFile')}</label>
            <input id="list-file" type="file" name="file" accept=".csv,text/csv,text/plain" />
            <SubmitButton intent="import" name="intent" value="import" className="button button--secondary">
              {t('orderLists.import')}
            </SubmitButton>
            {result?.intent === 'import' && !result.errors.length ? (
              <div role="status">
                <p className="feedback feedback--success">{t('orderLists.imported', { count: result.added })}</p>
                {result.problems.length ? (
                  <ul className="feedback feedback--error">
                    {result.problems.map((p) => (
                      <li key={p.line}>{p.message}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
          </Form>
        </section>
      ) : null}

      <section className="card order-list-manage" aria-labelledby="list-manage-title">
        <h2 id="list-manage-title" className="card__title">
          {t('orderLists.manage')}
        </h2>
        <p>
          <a href={`/lists/${encodeURIComponent(list.id)}/csv`} className="button button--secondary" download>
            {t('orderLists.export')}
          </a>
        </p>
        {list.editable ? (
          <>
            <Form method="post" className="order-list-rename">
              <TextField id="list-rename" label={t('orderLists.rename')} name="name" defaultValue={list.name} maxLength={100} required />
              <SubmitButton intent="rename" name="intent" value="rename" className="button button--secondary">
                {t('orderLists.save')}
              </SubmitButton>
            </Form>
            <Form method="post" onSubmit={(e) => !confirm(t('orderLists.deleteConfirm')) && e.preventDefault()}>
              <SubmitButton intent="delete" name="intent" value="delete" className="button button--danger">
                {t('orderLists.delete')}
              </SubmitButton>
            </Form>
          </>
        ) : (
          <Form method="post">
            <SubmitButton intent="copy" name="intent" value="copy" className="button button--primary">
              {t('orderLists.copy')}
            </SubmitButton>
          </Form>
        )}
      </section>
    </>
  );
}
