import type { ActionFunctionArgs } from '@remix-run/node';
import { gql } from '../../graphql/client.server.js';
import {
  brandCreateMutation,
  brandDeleteMutation,
  brandUpdateMutation,
  manufacturerCreateMutation,
  manufacturerDeleteMutation,
  manufacturerUpdateMutation,
  seasonCreateMutation,
  seasonDeleteMutation,
  seasonUpdateMutation,
  tagCreateMutation,
  tagDeleteMutation,
  tagUpdateMutation,
} from '../../graphql/catalog-admin.server.js';
import type { ApiUserError } from '../../utils/form-errors.js';
import { parseForm } from '../../utils/parse-form.server.js';
import type { ActionResult, Kind, Op } from './kinds.js';
import { createSchema, itemSchema, translateSchema } from './schemas.js';
import { apiLanguage } from '../../i18n/i18n.js';

type Args = Pick<ActionFunctionArgs, 'request' | 'context'>;

/** One mutation per list and operation; the API's userErrors say what went wrong. */
async function run({ request, context }: Args, kind: Kind, op: Op, id: string, name: string): Promise<ApiUserError[]> {
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

const result = (kind: Kind, op: Op, id: string, name: string, errors: ApiUserError[]): ActionResult => ({
  kind,
  op,
  id,
  name,
  done: errors.length === 0,
  errors: errors.map((e) => e.message),
});

/** C3: add an item to a list. */
export async function createItem(args: Args, form: FormData): Promise<ActionResult> {
  const { kind, name } = parseForm(form, createSchema);
  return result(kind, 'create', '', name, await run(args, kind, 'create', '', name));
}

/** C3: rename an item, or delete it (refused while a customer's visibility names it). */
export async function changeItem(args: Args, form: FormData, op: 'rename' | 'delete'): Promise<ActionResult> {
  const { kind, id, name } = parseForm(form, itemSchema);
  return result(kind, op, id, name, await run(args, kind, op, id, name));
}

/** Issue 16: a tag's or season's name in one language other than the catalog language. */
export async function translateItem({ request, context }: Args, form: FormData): Promise<ActionResult> {
  const { kind, id, current, language, name } = parseForm(form, translateSchema);
  const input = { input: { id, name: current, translations: [{ language: apiLanguage(language), name }] } };
  const errors =
    kind === 'tag' ? (await gql(request, context, tagUpdateMutation, input)).tagUpdate.userErrors : (await gql(request, context, seasonUpdateMutation, input)).seasonUpdate.userErrors;
  return { ...result(kind, 'translate', id, name, errors), language };
}
