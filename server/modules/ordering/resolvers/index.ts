// The ordering module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { CartImportResolver, OrderCheckoutFieldsResolver, OrderDocumentResolver } from './checkout.resolver.js';
export { OrderTimelineEntryResolver, OrderWorkflowResolver } from './order-workflow.resolver.js';
export { CartLineResolver, CartResolver, OrderLineResolver, OrderResolver } from './ordering.resolver.js';
export { CustomerOrdersResolver } from './customer-orders.resolver.js';
export { OrderListLineResolver, OrderListResolver } from './order-list.resolver.js';
export { QuoteEventResolver, QuoteLineResolver, QuoteResolver } from './quote.resolver.js';
