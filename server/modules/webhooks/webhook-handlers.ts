import { subscribe, type EventCtx } from '../../common/events.js';
import { toGlobalId } from '../../common/global-id.js';
import { StoreAccessApprovedEvent, StoreAccessBlockedEvent, StoreAccessGrantedEvent, type StoreAccess } from '../access/index.js';
import { OrderPlacedEvent, OrderStatusChangedEvent, ShippingCostChangedEvent, type Order } from '../ordering/index.js';
import { RegistrationRequestedEvent } from '../registration/index.js';
import { CustomerChangedEvent, type Customer } from '../customers/index.js';
import { IMPORT_ALL_OR_NOTHING, IMPORT_VALID_ROWS } from '../catalog/index.js';
import { TaskFinishedEvent } from '../tasks/index.js';
import { WebhookEventType } from './entities/webhook-endpoint.entity.js';
import { queueWebhookEvent } from './webhook.service.js';

// Payload `data`: the object as the API shapes it (field names of schema.graphql, global ids,
// Money as { amount, currencyCode }), enough for an ERP to act without reading it back.

const money = (amount: string, currencyCode: string) => ({ amount, currencyCode });

function orderData(order: Order): Record<string, unknown> {
  return {
    id: order.globalId,
    number: order.number,
    kind: order.kind,
    status: order.status,
    customer: { id: toGlobalId('Customer', order.customer.id) },
    placedAt: order.placedAt.toISOString(),
    purchaseOrderReference: order.purchaseOrderReference ?? null,
    externalReference: order.externalReference ?? null,
    lineCount: order.lineCount,
    subtotal: money(order.subtotal, order.currencyCode),
    shippingCost: money(order.shippingCost, order.currencyCode),
    total: money(order.total, order.currencyCode),
  };
}

function accessData(access: StoreAccess): Record<string, unknown> {
  return { id: access.globalId, email: access.email, status: access.status, customer: { id: toGlobalId('Customer', access.customer.id) } };
}

const orderPlaced = (ctx: EventCtx, e: OrderPlacedEvent) => queueWebhookEvent(ctx, WebhookEventType.ORDER_PLACED, { order: orderData(e.order) });
const orderStatusChanged = (ctx: EventCtx, e: OrderStatusChangedEvent) =>
  queueWebhookEvent(ctx, WebhookEventType.ORDER_STATUS_CHANGED, { order: orderData(e.order), previousStatus: e.from, status: e.to, reason: e.reason, changedAt: e.at.toISOString() });
const shippingCostChanged = (ctx: EventCtx, e: ShippingCostChangedEvent) =>
  queueWebhookEvent(ctx, WebhookEventType.ORDER_SHIPPING_COST_CHANGED, {
    order: orderData(e.order), previousShippingCost: money(e.previous, e.order.currencyCode), shippingCost: money(e.shippingCost, e.order.currencyCode),
  });
const accessGranted = (ctx: EventCtx, e: StoreAccessGrantedEvent) => queueWebhookEvent(ctx, WebhookEventType.STORE_ACCESS_GRANTED, { storeAccess: accessData(e.access) });
const accessApproved = (ctx: EventCtx, e: StoreAccessApprovedEvent) => queueWebhookEvent(ctx, WebhookEventType.STORE_ACCESS_APPROVED, { storeAccess: accessData(e.access) });
const accessBlocked = (ctx: EventCtx, e: StoreAccessBlockedEvent) => queueWebhookEvent(ctx, WebhookEventType.STORE_ACCESS_BLOCKED, { storeAccess: accessData(e.access) });
const registrationRequested = (ctx: EventCtx, { request }: RegistrationRequestedEvent) =>
  queueWebhookEvent(ctx, WebhookEventType.REGISTRATION_REQUESTED, {
    registrationRequest: {
      id: request.globalId, companyName: request.companyName, contactName: request.contactName, email: request.email,
      phone: request.phone ?? null, vatNumber: request.vatNumber ?? null, language: request.language, status: request.status,
    },
  });

function customerData(customer: Customer): Record<string, unknown> {
  return {
    id: customer.globalId,
    customerNumber: customer.customerNumber,
    name: customer.name,
    documentLanguage: customer.documentLanguage.toUpperCase(), // the GraphQL enum's name (FR), not the stored value
    status: customer.status,
    exclusionReason: customer.exclusionReason ?? null,
    vatNumber: customer.vatNumber ?? null,
    taxExemption: customer.taxExemption ?? null,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}

/** `customer.created` / `customer.updated`, whoever made the change (staff, a token, the ERP sync, a registration approval). */
const customerChanged = (ctx: EventCtx, e: CustomerChangedEvent) =>
  queueWebhookEvent(ctx, e.change === 'CREATED' ? WebhookEventType.CUSTOMER_CREATED : WebhookEventType.CUSTOMER_UPDATED, { customer: customerData(e.customer) });

const IMPORT_KINDS: Record<string, string> = { [IMPORT_VALID_ROWS]: 'VALID_ROWS', [IMPORT_ALL_OR_NOTHING]: 'ALL_OR_NOTHING' };

/** `catalog_import.finished`: the import task's end with its counts (a failed all-or-nothing import wrote nothing). */
async function taskFinished(ctx: EventCtx, { task }: TaskFinishedEvent): Promise<void> {
  const mode = IMPORT_KINDS[task.kind];
  if (!mode) return;
  await queueWebhookEvent(ctx, WebhookEventType.CATALOG_IMPORT_FINISHED, {
    catalogImport: {
      task: { id: task.globalId },
      mode,
      status: task.status,
      lineCount: task.total,
      importedCount: task.succeeded,
      skippedCount: task.skipped.length,
      skipped: task.skipped.slice(0, 100).map((s) => ({ line: Number(s.id), reference: s.label, reason: s.reason })),
      error: task.error ?? null,
      finishedAt: (task.finishedAt ?? new Date()).toISOString(),
    },
  });
}

/** Subscribes the webhook outbox to the domain events it forwards (decision 34). */
export function registerWebhookHandlers(): void {
  subscribe(OrderPlacedEvent, orderPlaced);
  subscribe(OrderStatusChangedEvent, orderStatusChanged);
  subscribe(ShippingCostChangedEvent, shippingCostChanged);
  subscribe(StoreAccessGrantedEvent, accessGranted);
  subscribe(StoreAccessApprovedEvent, accessApproved);
  subscribe(StoreAccessBlockedEvent, accessBlocked);
  subscribe(RegistrationRequestedEvent, registrationRequested);
  subscribe(CustomerChangedEvent, customerChanged);
  subscribe(TaskFinishedEvent, taskFinished);
}
