import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../../components/hub/catalog-tabs.js';
import { gql, responseHeaders } from '../../graphql/client.server.js';
import { managedListsQuery } from '../../graphql/catalog-admin.server.js';
import { text } from '../../utils/form-errors.js';
import { pageTitle } from '../../utils/meta.js';
import { unknownIntent } from '../../utils/parse-form.server.js';
import { KINDS } from './kinds.js';
import { ListSection } from './list-section.js';
import { changeItem, createItem, translateItem } from './lists.server.js';

// The managed lists of the catalog (C3). The list's card and its forms are in list-section.tsx, their
// zod schemas in schemas.ts and the server side in lists.server.ts; this module loads the lists, sends
// each posted form to its handler by the operation of its `intent` ("<kind>:<op>"), and lays them out.

export { RouteErrorBoundary as ErrorBoundary } from '../../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.lists.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const lists = await gql(request, context, managedListsQuery);
  return json(
    { lists: { brand: lists.brands, season: lists.seasons, tag: lists.tags, manufacturer: lists.manufacturers }, catalogLanguage: lists.storeSettings.catalogLanguage },
    { headers: responseHeaders(request) },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const op = text(form, 'intent').split(':')[1];
  const result =
    op === 'create'
      ? await createItem({ request, context }, form)
      : op === 'rename' || op === 'delete'
        ? await changeItem({ request, context }, form, op)
        : op === 'translate'
          ? await translateItem({ request, context }, form)
          : unknownIntent();
  return json(result, { headers: responseHeaders(request) });
}

/** Brands, seasons, tags and manufacturers: the lists products and customers' visibility name. */
export default function ManagedLists() {
  const { lists, catalogLanguage } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('hubCatalog.lists.title')}</h1>
          <p className="muted">{t('hubCatalog.lists.intro')}</p>
        </div>
      </div>
      <CatalogTabs />
      <div className="hubcat-lists">
        {KINDS.map((kind) => (
          <ListSection key={kind} kind={kind} items={lists[kind]} catalogLanguage={catalogLanguage} />
        ))}
      </div>
    </>
  );
}
