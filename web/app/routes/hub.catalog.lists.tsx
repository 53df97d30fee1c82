import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import {
  brandCreateMutation,
  brandDeleteMutation,
  brandUpdateMutation,
  managedListsQuery,
  manufacturerCreateMutation,
  manufacturerDeleteMutation,
  manufacturerUpdateMutation,
  seasonCreateMutation,
  seasonDeleteMutation,
  seasonUpdateMutation,
  tagCreateMutation,
  tagDeleteMutation,
  tagUpdateMutation,
} from '../graphql/catalog-admin.server.js';
import { text, type ApiUserError } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.lists.title'), 'hub');

const KINDS = ['brand', 'season', 'tag', 'manufacturer'] as const;
type Kind = (typeof KINDS)[number];
type Op = 'create' | 'rename' | 'delete';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const lists = await gql(request, context, managedListsQuery);
  return json(
    { lists: { brand: lists.brands, season: lists.seasons, tag: lists.tags, manufacturer: lists.manufacturers } },
    { headers: responseHeaders(request) },
  );
}

/** One mutation per list and operation; the result says which list, which item and what went wrong. */
async function run(request: Request, context: ActionFunctionArgs['context'], kind: Kind, op: Op, id: string, name: string): Promise<ApiUserError[]> {
  const create = { input: { name } };
  const rename = { input: { id, name } };
  const remove = { input: { id } };
  switch (`${kind}:${op}`) {
    case 'brand:create':
      return (await gql(request, context, brandCreateMutation, create)).brandCreate.userErrors;
    case 'brand:rename':
      return (await gql(request, context, brandUpdateMutation, rename)).brandUpdate.userErrors;
    case 'brand:delete':
      return (await gql(request, context, brandDeleteMutation, remove)).brandDelete.userErrors;
    case 'season:create':
      return (await gql(request, context, seasonCreateMutation, create)).seasonCreate.userErrors;
    case 'season:rename':
      return (await gql(request, context, seasonUpdateMutation, rename)).seasonUpdate.userErrors;
    case 'season:delete':
      return (await gql(request, context, seasonDeleteMutation, remove)).seasonDelete.userErrors;
    case 'tag:create':
      return (await gql(request, context, tagCreateMutation, create)).tagCreate.userErrors;
    case 'tag:rename':
      return (await gql(request, context, tagUpdateMutation, rename)).tagUpdate.userErrors;
    case 'tag:delete':
      return (await gql(request, context, tagDeleteMutation, remove)).tagDelete.userErrors;
    case 'manufacturer:create':
      return (await gql(request, context, manufacturerCreateMutation, create)).manufacturerCreate.userErrors;
    case 'manufacturer:rename':
      return (await gql(request, context, manufacturerUpdateMutation, rename)).manufacturerUpdate.userErrors;
    default:
      return (await gql(request, context, manufacturerDeleteMutation, remove)).manufacturerDelete.userErrors;
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const kind = text(form, 'kind') as Kind;
  const [, op] = text(form, 'intent').split(':') as [string, Op];
  if (!KINDS.includes(kind) || !['create', 'rename', 'delete'].includes(op)) throw json({ code: 'BAD_REQUEST', message: 'Bad request' }, { status: 400 });
  const id = text(form, 'id');
  const name = text(form, 'name');
  const errors = await run(request, context, kind, op, id, name);
  return json(
    { kind, op, id, name, done: errors.length === 0, errors: errors.map((e) => e.message) },
    { headers: responseHeaders(request) },
  );
}

function ListSection({ kind, items }: { kind: Kind; items: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const mine = result?.kind === kind ? result : null;
  const titleId = `list-${kind}`;
  const createErrors = mine?.op === 'create' && !mine.done ? mine.errors : undefined;
  return (
    <section className="card hubcat-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t(`hubCatalog.lists.${kind}.title`)} <span className="muted small">({items.length})</span>
      </h2>
      {mine?.done ? (
        <div className="alert alert--success" role="status">
          <p>{t(`hubCatalog.lists.done.${mine.op}`, { name: mine.name })}</p>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t('hubCatalog.lists.empty')}</p>
      ) : (
        <ul className="hubcat-list__items">
          {items.map((item) => {
            const rowErrors = mine && !mine.done && mine.op !== 'create' && mine.id === item.id ? mine.errors : undefined;
            return (
              <li key={item.id}>
                <Form method="post" className="hubcat-inline" key={`${item.id}-${item.name}`}>
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <TextField
                    label={t('hubCatalog.lists.nameOf', { name: item.name })}
                    fieldClassName="hubcat-inline__field"
                    name="name"
                    defaultValue={mine?.op === 'rename' && mine.id === item.id && !mine.done ? mine.name : item.name}
                    required
                    maxLength={100}
                    autoComplete="off"
                    errors={mine?.op === 'rename' ? rowErrors : undefined}
                  />
                  <div className="hubcat-inline__actions">
                    <SubmitButton className="button button--secondary button--small" intent={`${kind}:rename`}>
                      {t('hubCatalog.lists.rename')}
                    </SubmitButton>
                    <SubmitButton
                      className="button button--ghost button--small"
                      intent={`${kind}:delete`}
                      aria-label={t('hubCatalog.lists.deleteLabel', { name: item.name })}
                      formNoValidate
                    >
                      {t('hubCatalog.lists.delete')}
                    </SubmitButton>
                  </div>
                </Form>
                {mine?.op === 'delete' && rowErrors ? (
                  <div className="alert alert--error" role="alert">
                    <p className="alert__title">{t('hubCatalog.lists.deleteRefused', { name: item.name })}</p>
                    {rowErrors.map((e) => (
                      <p key={e}>{e}</p>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Form method="post" className="hubcat-inline hubcat-inline--add" key={mine?.op === 'create' && mine.done ? `added-${mine.name}` : 'add'}>
        <input type="hidden" name="kind" value={kind} />
        <TextField
          label={t(`hubCatalog.lists.${kind}.new`)}
          fieldClassName="hubcat-inline__field"
          name="name"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={createErrors ? mine?.name : ''}
          errors={createErrors}
        />
        <div className="hubcat-inline__actions">
          <SubmitButton className="button button--primary button--small" intent={`${kind}:create`}>
            {t(`hubCatalog.lists.${kind}.add`)}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}

/** Brands, seasons, tags and manufacturers: the lists products and customers' visibility name. */
export default function ManagedLists() {
  const { lists } = useLoaderData<typeof loader>();
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
          <ListSection key={kind} kind={kind} items={lists[kind]} />
        ))}
      </div>
    </>
  );
}
