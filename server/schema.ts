import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { GraphQLObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth-checker.js';
import { NodeResolver, registerNodeType } from './common/node.resolver.js';
// Resolvers come from each module's resolvers/index.ts, which only this composition root imports:
// kept out of the modules' index.ts so that no import cycle between modules reaches a resolver
// (tsc's decorator metadata reads its parameter classes eagerly, decision 26).
import { AuthResolver, CustomerStoreAccessResolver, PasswordResetResolver, ShopCustomersResolver, StaffAdminResolver, StoreAccessResolver } from './modules/access/resolvers/index.js';
import { StoreUsersResolver } from './modules/access/resolvers/index.js';
import { AuditResolver, CustomerActivityFieldsResolver, CustomerActivityResolver, CustomerAuditResolver, OrderAuditResolver, ViewAsClientResolver } from './modules/activity/resolvers/index.js';
import { BrandListResolver, CatalogAdminResolver, CatalogImportResolver, CatalogSyncResolver, ManufacturerListResolver, ProductResolver, SeasonListResolver, StorageLocationResolver, TagListResolver, TaxRateResolver, CatalogLanguageResolver } from './modules/catalog/resolvers/index.js';
import { SeasonNameResolver, TagNameResolver } from './modules/catalog/resolvers/index.js';
import { CustomerResolver, CustomerSyncResolver, VisibilityExplainResolver } from './modules/customers/resolvers/index.js';
import { BellResolver, DashboardResolver, OutboxResolver } from './modules/notifications/resolvers/index.js';
import { CartImportResolver, CartLineResolver, CartResolver, CustomerOrdersResolver, OrderCheckoutFieldsResolver, OrderDocumentResolver, OrderLineResolver, OrderListLineResolver, OrderListResolver, OrderResolver, OrderTimelineEntryResolver, OrderWorkflowResolver, QuoteEventResolver, QuoteLineResolver, QuoteResolver } from './modules/ordering/resolvers/index.js';
import { RegistrationResolver } from './modules/registration/resolvers/index.js';
import { SettingsResolver } from './modules/settings/resolvers/index.js';
import { TaskResolver } from './modules/tasks/resolvers/index.js';
import { WebhookResolver } from './modules/webhooks/resolvers/index.js';
import { WebhookDelivery, WebhookEndpoint } from './modules/webhooks/index.js';
import { getProduct } from './modules/catalog/index.js';
import { getCustomer } from './modules/customers/index.js';
import { OutboxEmail } from './modules/notifications/index.js';
import { getOrder, getOrderList, getQuote } from './modules/ordering/index.js';
import { getRegistration } from './modules/registration/index.js';
import { getTask } from './modules/tasks/index.js';
import { idOf } from './common/global-id.js';
import { assertRoles } from './common/auth-checker.js';
import { inTransaction, type Ctx } from './common/context.js';

const resolvers = [
  NodeResolver,
  AuthResolver,
  StoreAccessResolver,
  CustomerStoreAccessResolver,
  CustomerResolver,
  CustomerSyncResolver,
  ProductResolver,
  TagNameResolver,
  SeasonNameResolver,
  StorageLocationResolver,
  VisibilityExplainResolver,
  CatalogAdminResolver,
  BrandListResolver,
  SeasonListResolver,
  TagListResolver,
  ManufacturerListResolver,
  CatalogImportResolver,
  CatalogSyncResolver,
  TaxRateResolver,
  CatalogLanguageResolver,
  CartResolver,
  CartLineResolver,
  OrderResolver,
  CustomerOrdersResolver,
  OrderLineResolver,
  CartImportResolver,
  OrderCheckoutFieldsResolver,
  OrderDocumentResolver,
  ShopCustomersResolver,
  OrderWorkflowResolver,
  OrderTimelineEntryResolver,
  OutboxResolver,
  SettingsResolver,
  StaffAdminResolver,
  PasswordResetResolver,
  RegistrationResolver,
  TaskResolver,
  BellResolver,
  DashboardResolver,
  ViewAsClientResolver,
  CustomerAuditResolver,
  AuditResolver,
  OrderAuditResolver,
  CustomerActivityResolver,
  CustomerActivityFieldsResolver,
  WebhookResolver,
  StoreUsersResolver,
  OrderListResolver,
  OrderListLineResolver,
  QuoteResolver,
  QuoteLineResolver,
  QuoteEventResolver,
] as const;

// node(id) applies the same roles as the type's own query; a refusal reads as "no such node".
registerNodeType('Customer', (ctx, id) => assertRoles(ctx, ['STAFF', 'CUSTOMERS_MANAGE']) && getCustomer(ctx, id));
registerNodeType('Product', (ctx, id) => assertRoles(ctx, ['STAFF', 'SHOP', 'CATALOG_READ']) && getProduct(ctx, id));
registerNodeType('Order', (ctx, id) => assertRoles(ctx, ['STAFF', 'SHOP', 'ORDERS_MANAGE']) && getOrder(ctx, id));
registerNodeType('RegistrationRequest', (ctx, id) => assertRoles(ctx, ['STAFF', 'CUSTOMERS_MANAGE']) && getRegistration(ctx, id));
registerNodeType('OutboxEmail', async (ctx, id) => {
  assertRoles(ctx, ['STAFF']);
  const uuid = idOf('OutboxEmail', id);
  // The bodies are lazy columns (left out of lists); one email is read to show them.
  return uuid ? ctx.em.findOne(OutboxEmail, { id: uuid }, { populate: ['html', 'text'] }) : null;
});
registerNodeType('WebhookEndpoint', async (ctx, id) => {
  assertRoles(ctx, ['ADMIN', 'WEBHOOKS_MANAGE']);
  const uuid = idOf('WebhookEndpoint', id);
  return uuid ? ctx.em.findOne(WebhookEndpoint, { id: uuid }) : null;
});
registerNodeType('WebhookDelivery', async (ctx, id) => {
  assertRoles(ctx, ['ADMIN', 'WEBHOOKS_MANAGE']);
  const uuid = idOf('WebhookDelivery', id);
  return uuid ? ctx.em.findOne(WebhookDelivery, { id: uuid }) : null;
});
registerNodeType('OrderList', (ctx, id) => assertRoles(ctx, ['STAFF', 'SHOP']) && getOrderList(ctx, id));
registerNodeType('Quote', (ctx, id) => assertRoles(ctx, ['STAFF', 'SHOP', 'ORDERS_MANAGE']) && getQuote(ctx, id));
registerNodeType('Task', (ctx, id) => assertRoles(ctx, ['STAFF', 'CUSTOMERS_MANAGE']) && getTask(ctx, id));

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  // No global middlewares: the two passes below leave out fields with middlewares of their own,
  // and would have to leave out every field if there were global ones.
  schema ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  })
    .then(readPlainFieldsDirectly)
    .then(callFieldResolversDirectly)
    .then(runMutationsInTransactions);
  return schema;
}

interface FieldMeta {
  name: string;
  schemaName: string;
  target: Function;
  roles?: unknown[];
  middlewares?: unknown[];
  params?: unknown[];
}

interface FieldResolverMeta {
  kind: 'internal' | 'external';
  methodName: string;
  schemaName: string;
  target: Function;
  getObjectType(): Function;
  roles?: unknown[];
  middlewares?: unknown[];
  params?: Array<{ kind: string; index: number; propertyName?: string }>;
}

/** What type-graphql recorded of the decorators (its metadata storage, as far as read here). */
function metadata() {
  return getMetadataStorage() as unknown as {
    objectTypes: Array<{ name: string; target: Function; fields?: FieldMeta[]; interfaceClasses?: Function[] }>;
    interfaceTypes: Array<{ target: Function; fields?: FieldMeta[] }>;
    fieldResolvers: FieldResolverMeta[];
  };
}

/**
 * type-graphql gives every field a resolver, even one that only reads a property; for a page of
 * products that is hundreds of calls (and objects) per request, and graphql-jit cannot read such
 * a field inline. A field with no resolver method, no role, no middleware and no argument reads its
 * property directly instead (the same value: the property, a getter or not).
 */
function readPlainFieldsDirectly(built: GraphQLSchema): GraphQLSchema {
  const storage = metadata();
  const plain = (f: FieldMeta) =>
    !storage.fieldResolvers.some((r) => r.methodName === f.name && r.getObjectType() === f.target) && !f.roles?.length && !f.middlewares?.length && !f.params?.length;
  for (const objectType of storage.objectTypes) {
    const type = built.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    // Interface fields first, then the type's own, as type-graphql builds them; every declaration
    // of a field must be plain.
    const bySchemaName = new Map<string, FieldMeta[]>();
    const metas = [...storage.interfaceTypes.filter((i) => objectType.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? []), ...(objectType.fields ?? [])];
    for (const meta of metas) bySchemaName.set(meta.schemaName, [...(bySchemaName.get(meta.schemaName) ?? []), meta]);
    for (const [schemaName, declarations] of bySchemaName) {
      const field = fields[schemaName];
      if (!field?.resolve || !declarations.every(plain)) continue;
      const property = declarations.at(-1)!.name;
      field.resolve = property === schemaName ? undefined : (root: Record<string, unknown>) => root[property];
    }
  }
  return built;
}

/**
 * A field resolver method taking only the parent object and the context (a product's price,
 * stock, brand…) is called straight, instead of through type-graphql's handler (which sorts and
 * maps its parameters and looks its resolver instance up at each call: a page of products makes
 * a hundred such calls). One with a role, a middleware or any other parameter keeps the handler;
 * so does a call whose parent is not an instance of the field's type (type-graphql would convert it).
 */
function callFieldResolversDirectly(built: GraphQLSchema): GraphQLSchema {
  const storage = metadata();
  for (const r of storage.fieldResolvers) {
    if (r.kind !== 'external' || r.roles?.length || r.middlewares?.length || r.target.length > 0) continue;
    const params = [...(r.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.every((p) => (p.kind === 'root' || p.kind === 'context') && !p.propertyName)) continue;
    const objectClass = r.getObjectType();
    const typeName = storage.objectTypes.find((o) => o.target === objectClass)?.name;
    const type = typeName ? built.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[r.schemaName];
    const original = field?.resolve;
    if (!original) continue;
    const instance = new (r.target as new () => Record<string, (...a: unknown[]) => unknown>)();
    const method = instance[r.methodName];
    if (typeof method !== 'function') continue;
    const rootFirst = params[0]?.kind === 'root';
    field.resolve = (root, args, ctx, info) => {
      if (!(root instanceof objectClass)) return original(root, args, ctx, info);
      if (params.length === 2) return rootFirst ? method.call(instance, root, ctx) : method.call(instance, ctx, root);
      return params.length === 1 ? method.call(instance, rootFirst ? root : ctx) : method.call(instance);
    };
  }
  return built;
}

/**
 * Every mutation runs in one transaction, by construction rather than by each service's care
 * (decision 27). Wrapped here rather than as a type-graphql middleware: the passes above skip
 * fields with middlewares, and a global one would reach every field.
 */
function runMutationsInTransactions(built: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(built.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    // Not on the embedded PGlite: its connections share one session, and while one holds a
    // transaction the others wait, so a mutation that signs in (lucia's own connection) or sends
    // a job (pg-boss's) would wait for itself. That database serves development and demos.
    field.resolve = (root, args, ctx: Ctx, info) => (ctx.env.embedded ? resolve(root, args, ctx, info) : inTransaction(ctx, async () => resolve(root, args, ctx, info)));
  }
  return built;
}

/** The SDL published as `schema.graphql`: sorted, so diffs stay readable. */
export async function printPublishedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
