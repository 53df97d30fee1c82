import { subscribe, type EventCtx } from '../../common/events.js';
import {
  ApiTokenChangedEvent,
  StoreAccessApprovedEvent,
  StoreAccessBlockedEvent,
  StoreAccessGrantedEvent,
  StoreAccessPasswordRegeneratedEvent,
  StoreAccessUnblockedEvent,
  StoreAccessLanguageChangedEvent,
  StoreAccessStatus,
  type StoreAccess,
} from '../access/index.js';
import { StoreSettingsUpdatedEvent } from '../settings/index.js';
import { CustomerChangedEvent } from '../customers/index.js';
import { OrderStatusChangedEvent, QuoteAcceptedEvent, QuoteCommentedEvent, QuoteDeclinedEvent, QuoteSentEvent, QuoteUpdatedEvent, ShippingCostChangedEvent } from '../ordering/index.js';
import { RegistrationApprovedEvent, RegistrationRefusedEvent } from '../registration/index.js';
import { RecordChangedEvent } from '../../common/record-change.js';
import { IMPORT_ALL_OR_NOTHING, IMPORT_VALID_ROWS } from '../catalog/index.js';
import { TaskFinishedEvent } from '../tasks/index.js';
import { recordAudit } from './audit.service.js';
import { recordCustomerAudit } from './view-as-client.service.js';
import { AuditAction, type AuditChange } from './entities/audit-event.entity.js';

/*
 * The audit trail (issue 17, H4; decision 37): one row per staff or token action, written by these
 * handlers in the publisher's transaction. Temporary passwords travel in some of these events (for
 * the emails); they are never read here.
 */

function status(before: string | null | undefined, after: string | null | undefined): AuditChange[] {
  return before === after ? [] : [{ field: 'status', before: before ?? null, after: after ?? null }];
}

function accessTarget(access: StoreAccess, changes: AuditChange[]) {
  return { customer: access.customer, targetType: 'StoreAccess', targetId: access.id, targetLabel: access.email, changes };
}

function granted(ctx: EventCtx, e: StoreAccessGrantedEvent): void {
  recordAudit(ctx, AuditAction.STORE_ACCESS_GRANTED, {
    ...accessTarget(e.access, status(null, e.access.status)),
    customer: e.customer,
  });
}

function blocked(ctx: EventCtx, e: StoreAccessBlockedEvent): void {
  recordAudit(ctx, AuditAction.STORE_ACCESS_BLOCKED, accessTarget(e.access, status(e.previousStatus ?? null, StoreAccessStatus.BLOCKED)));
}

function unblocked(ctx: EventCtx, e: StoreAccessUnblockedEvent): void {
  recordAudit(ctx, AuditAction.STORE_ACCESS_UNBLOCKED, accessTarget(e.access, status(StoreAccessStatus.BLOCKED, e.access.status)));
}

function approved(ctx: EventCtx, e: StoreAccessApprovedEvent): void {
  recordAudit(ctx, AuditAction.STORE_ACCESS_APPROVED, accessTarget(e.access, status(StoreAccessStatus.PENDING_APPROVAL, e.access.status)));
}

function regenerated(ctx: EventCtx, e: StoreAccessPasswordRegeneratedEvent): void {
  recordAudit(ctx, AuditAction.STORE_ACCESS_PASSWORD_REGENERATED, accessTarget(e.access, status(e.previousStatus ?? e.access.status, e.access.status)));
}

function languageChanged(ctx: EventCtx, e: StoreAccessLanguageChangedEvent): void {
  recordAudit(ctx, AuditAction.STORE_ACCESS_LANGUAGE_CHANGED, accessTarget(e.access, [{ field: 'language', before: e.previous, after: e.access.shopUser.language }]));
}

function registrationApproved(ctx: EventCtx, e: RegistrationApprovedEvent): void {
  recordAudit(ctx, AuditAction.REGISTRATION_APPROVED, {
    customer: e.access.customer,
    targetType: 'RegistrationRequest',
    targetId: e.request.id,
    targetLabel: `${e.request.companyName} <${e.request.email}>`,
    changes: status('PENDING', e.request.status),
  });
}

function registrationRefused(ctx: EventCtx, e: RegistrationRefusedEvent): void {
  recordAudit(ctx, AuditAction.REGISTRATION_REFUSED, {
    targetType: 'RegistrationRequest',
    targetId: e.request.id,
    targetLabel: `${e.request.companyName} <${e.request.email}>`,
    changes: [...status('PENDING', e.request.status), ...(e.request.refusalReason ? [{ field: 'reason', before: null, after: e.request.refusalReason }] : [])],
  });
}

function orderStatusChanged(ctx: EventCtx, e: OrderStatusChangedEvent): void {
  recordAudit(ctx, AuditAction.ORDER_STATUS_CHANGED, {
    customer: e.customer,
    targetType: 'Order',
    targetId: e.order.id,
    targetLabel: e.order.number,
    changes: [...status(e.from, e.to), ...(e.reason ? [{ field: 'reason', before: null, after: e.reason }] : [])],
  });
}

function shippingCostChanged(ctx: EventCtx, e: ShippingCostChangedEvent): void {
  recordAudit(ctx, AuditAction.ORDER_SHIPPING_COST_CHANGED, {
    customer: e.order.customer,
    targetType: 'Order',
    targetId: e.order.id,
    targetLabel: e.order.number,
    changes: [{ field: 'shippingCost', before: e.previous, after: e.shippingCost }],
  });
}

function settingsUpdated(ctx: EventCtx, e: StoreSettingsUpdatedEvent): void {
  recordAudit(ctx, AuditAction.SETTINGS_UPDATED, { targetType: 'StoreSettings', targetId: null, targetLabel: null, changes: e.changes });
}

function apiTokenChanged(ctx: EventCtx, e: ApiTokenChangedEvent): void {
  recordAudit(ctx, e.change === 'CREATED' ? AuditAction.API_TOKEN_CREATED : AuditAction.API_TOKEN_REVOKED, {
    targetType: 'ApiToken',
    targetId: e.apiToken.id,
    targetLabel: e.apiToken.name,
    changes: e.change === 'CREATED' ? [{ field: 'scopes', before: null, after: e.apiToken.scopes.join(', ') }] : [{ field: 'revoked', before: 'false', after: 'true' }],
  });
}

const customerActions = {
  CREATED: AuditAction.CUSTOMER_CREATED,
  UPDATED: AuditAction.CUSTOMER_UPDATED,
  EXCLUDED: AuditAction.CUSTOMER_EXCLUDED,
  EXCLUSION_LIFTED: AuditAction.CUSTOMER_EXCLUSION_LIFTED,
} as const;

/**
 * One row per customer mutation. The ERP bulk sync (`customersUpsert`, up to thousands of customers
 * a call: one CUSTOMERS_UPSERTED summary row per call, through `RecordChangedEvent`) and a
 * registration approval (its own REGISTRATION_APPROVED row) write none here.
 */
function customerChanged(ctx: EventCtx, e: CustomerChangedEvent): void {
  if (e.source !== 'CUSTOMER_MUTATION') return;
  recordCustomerAudit(ctx, e.customer, customerActions[e.change]);
}

/** A store-wide record (staff account, price level, storage location, tax rate, list item) changed. */
function recordChanged(ctx: EventCtx, e: RecordChangedEvent): void {
  recordAudit(ctx, AuditAction[e.action], { targetType: e.targetType, targetId: e.targetId, targetLabel: e.targetLabel, changes: e.changes });
}

const IMPORT_MODES: Record<string, string> = { [IMPORT_VALID_ROWS]: 'VALID_ROWS', [IMPORT_ALL_OR_NOTHING]: 'ALL_OR_NOTHING' };

/**
 * A catalog CSV import ended: one row with its counts, in the transaction that records its end
 * (the actor is the staff member who started it, passed by the task runner). A failed
 * all-or-nothing import wrote nothing; its row says so (status FAILED, imported 0).
 */
function taskFinished(ctx: EventCtx, { task }: TaskFinishedEvent): void {
  const mode = IMPORT_MODES[task.kind];
  if (!mode) return;
  const counts: Array<[string, string]> = [
    ['status', task.status],
    ['mode', mode],
    ['lines', String(task.total)],
    ['imported', String(task.status === 'FAILED' && mode === 'ALL_OR_NOTHING' ? 0 : task.succeeded)],
    ['skipped', String(task.skipped.length)],
  ];
  recordAudit(ctx, AuditAction.CATALOG_IMPORTED, {
    targetType: 'Task',
    targetId: task.id,
    targetLabel: null,
    changes: counts.map(([field, after]) => ({ field, before: null, after })),
  });
}

/** A staff member's or token's step on a quote (a customer's own steps are not audit). */
function quoteStep(action: AuditAction) {
  return (ctx: EventCtx, e: QuoteSentEvent): void =>
    recordAudit(ctx, action, {
      customer: e.customer,
      targetType: 'Quote',
      targetId: e.quote.id,
      targetLabel: e.quote.number,
      changes: [{ field: 'total', before: null, after: e.total }, ...(e.message ? [{ field: 'message', before: null, after: e.message.slice(0, 500) }] : [])],
    });
}

/** The audit trail's handlers (called at start-up with the other modules' handlers). */
export function registerAuditHandlers(): void {
  subscribe(StoreAccessGrantedEvent, granted);
  subscribe(StoreAccessBlockedEvent, blocked);
  subscribe(StoreAccessUnblockedEvent, unblocked);
  subscribe(StoreAccessApprovedEvent, approved);
  subscribe(StoreAccessPasswordRegeneratedEvent, regenerated);
  subscribe(RegistrationApprovedEvent, registrationApproved);
  subscribe(RegistrationRefusedEvent, registrationRefused);
  subscribe(OrderStatusChangedEvent, orderStatusChanged);
  subscribe(ShippingCostChangedEvent, shippingCostChanged);
  subscribe(StoreSettingsUpdatedEvent, settingsUpdated);
  subscribe(ApiTokenChangedEvent, apiTokenChanged);
  subscribe(CustomerChangedEvent, customerChanged);
  subscribe(StoreAccessLanguageChangedEvent, languageChanged);
  subscribe(RecordChangedEvent, recordChanged);
  subscribe(TaskFinishedEvent, taskFinished);
  subscribe(QuoteUpdatedEvent, quoteStep(AuditAction.QUOTE_UPDATED));
  subscribe(QuoteSentEvent, quoteStep(AuditAction.QUOTE_SENT));
  subscribe(QuoteAcceptedEvent, quoteStep(AuditAction.QUOTE_ACCEPTED));
  subscribe(QuoteDeclinedEvent, quoteStep(AuditAction.QUOTE_DECLINED));
  subscribe(QuoteCommentedEvent, quoteStep(AuditAction.QUOTE_COMMENTED));
}
