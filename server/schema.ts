import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth-checker.js';
import { NodeResolver, registerNodeType } from './common/node.resolver.js';
import { AuthResolver } from './modules/access/resolvers/auth.resolver.js';
import { CustomerStoreAccessResolver, StoreAccessResolver } from './modules/access/resolvers/store-access.resolver.js';
import { CustomerResolver } from './modules/customers/resolvers/customer.resolver.js';
import { ProductResolver, StorageLocationResolver } from './modules/catalog/resolvers/product.resolver.js';
import { CartLineResolver, CartResolver, OrderLineResolver, OrderResolver } from './modules/ordering/resolvers/ordering.resolver.js';
import { OutboxResolver } from './modules/notifications/resolvers/outbox.resolver.js';
import { SettingsResolver } from './modules/settings/resolvers/settings.resolver.js';
import { getCustomer } from './modules/customers/customer.service.js';
import { getProduct } from './modules/catalog/catalog.service.js';
import { getOrder } from './modules/ordering/order.service.js';
import { apiError } from './common/errors.js';

const resolvers = [
  NodeResolver,
  AuthResolver,
  StoreAccessResolver,
  CustomerStoreAccessResolver,
  CustomerResolver,
  ProductResolver,
  StorageLocationResolver,
  CartResolver,
  CartLineResolver,
  OrderResolver,
  OrderLineResolver,
  OutboxResolver,
  SettingsResolver,
] as const;

registerNodeType('Customer', (ctx, id) => {
  if (ctx.viewer.kind !== 'staff') throw apiError(ctx.t, 'NOT_FOUND');
  return getCustomer(ctx, id);
});
registerNodeType('Product', (ctx, id) => getProduct(ctx, id));
registerNodeType('Order', (ctx, id) => getOrder(ctx, id));

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}

/** The SDL published as `schema.graphql`: sorted, so diffs stay readable. */
export async function printPublishedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
