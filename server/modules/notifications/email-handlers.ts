import { subscribe, type EventCtx } from '../../common/events.js';
import { OrderStatus, OrderStatusChangedEvent, QuoteAcceptedEvent, QuoteCommentedEvent, QuoteDeclinedEvent, QuoteRequestedEvent, QuoteSentEvent, orderEmailTax, orderPdfFileName } from '../ordering/index.js';
import type { QuoteEmailKind } from '../../../emails/index.js';
import type { Language } from '../../common/language.js';
import { PasswordResetRequestedEvent, ShopUser, StaffRole, StaffUser, type StoreAccess, StoreAccessApprovedEvent, StoreAccessGrantedEvent, StoreAccessPasswordRegeneratedEvent, StoreAccessStatus } from '../access/index.js';
import { RegistrationApprovedEvent, RegistrationRefusedEvent, RegistrationRequestedEvent } from '../registration/index.js';
import { PendingApprovalRecipients, getSettings } from '../settings/index.js';
import { queueEmail } from './email-outbox.service.js';

const signInUrl = (ctx: EventCtx) => `${ctx.app.env.publicUrl}/sign-in`;

/**
 * The store language of an access's user (issue 17, H2): credentials and account emails go in it;
 * order emails keep the customer's document language.
 */
async function userLanguage(ctx: EventCtx, access: StoreAccess): Promise<Language> {
  const user = access.shopUser;
  return user.language ?? (await ctx.em.findOneOrFail(ShopUser, user.id)).language;
}

/**
 * The new user gets the access email (saying, when the access is pending, that it awaits the
 * supplier's approval); staff are told a buyer waits (seed 000, step 6), each in their language,
 * as the store setting chooses (decision 31).
 */
async function accessGranted(ctx: EventCtx, e: StoreAccessGrantedEvent): Promise<void> {
  const settings = await getSettings(ctx.em);
  const pendingApproval = e.access.status === StoreAccessStatus.PENDING_APPROVAL;
  // "I will hand it over myself" (issue 17, H4): the credentials are not emailed.
  const handedOver = Boolean(e.temporaryPassword) && !e.emailCredentials;
  if (!handedOver) queueEmail(ctx, {
    to: e.email,
    template: 'access-granted',
    language: await userLanguage(ctx, e.access),
    props: { supplierName: settings.storeName, customerName: e.customer.name, loginUrl: signInUrl(ctx), username: e.email, temporaryPassword: e.temporaryPassword, pendingApproval },
  });
  if (!pendingApproval || settings.pendingApprovalRecipients === PendingApprovalRecipients.NOBODY) return;
  const admins = await ctx.em.find(StaffUser, { active: true, role: StaffRole.ADMIN }, { orderBy: { email: 'asc' } });
  for (const admin of admins) {
    queueEmail(ctx, {
      to: admin.email,
      template: 'access-pending-approval',
      language: admin.language,
      props: { supplierName: settings.storeName, customerName: e.customer.name, email: e.email, reviewUrl: `${ctx.app.env.publicUrl}/hub/customers/${e.customer.globalId}#access-title` },
    });
  }
}

/** An approved access: the user can order now. */
async function accessApproved(ctx: EventCtx, { access }: StoreAccessApprovedEvent): Promise<void> {
  const settings = await getSettings(ctx.em);
  queueEmail(ctx, {
    to: access.email,
    template: 'access-approved',
    language: await userLanguage(ctx, access),
    props: { supplierName: settings.storeName, customerName: access.customer.name, loginUrl: signInUrl(ctx) },
  });
}

async function passwordRegenerated(ctx: EventCtx, e: StoreAccessPasswordRegeneratedEvent): Promise<void> {
  if (!e.emailCredentials) return; // staff hand it over themselves (issue 17, H4)
  const settings = await getSettings(ctx.em);
  const { customer, email } = e.access;
  queueEmail(ctx, {
    to: email,
    template: 'password-regenerated',
    language: await userLanguage(ctx, e.access),
    props: { supplierName: settings.storeName, customerName: customer.name, loginUrl: signInUrl(ctx), username: email, temporaryPassword: e.temporaryPassword },
  });
}

async function passwordResetRequested(ctx: EventCtx, e: PasswordResetRequestedEvent): Promise<void> {
  const settings = await getSettings(ctx.em);
  queueEmail(ctx, {
    to: e.shopUser.email,
    template: 'password-reset',
    language: e.shopUser.language,
    props: { supplierName: settings.storeName, resetUrl: `${ctx.app.env.publicUrl}/reset-password/${e.token}`, expiresInMinutes: e.expiresInMinutes },
  });
}

/** Every active staff member is told of a new request, in their own language. */
async function registrationRequested(ctx: EventCtx, { request }: RegistrationRequestedEvent): Promise<void> {
  const settings = await getSettings(ctx.em);
  const staff = await ctx.em.find(StaffUser, { active: true });
  for (const member of staff) {
    queueEmail(ctx, {
      to: member.email,
      template: 'registration-received',
      language: member.language,
      props: {
        supplierName: settings.storeName,
        companyName: request.companyName,
        contactName: request.contactName,
        email: request.email,
        phone: request.phone,
        vatNumber: request.vatNumber,
        address: request.address,
        message: request.message,
        reviewUrl: `${ctx.app.env.publicUrl}/hub/registrations/${request.globalId}`,
      },
    });
  }
  // The applicant learns the request arrived (seed 001), in the language of the form.
  queueEmail(ctx, {
    to: request.email,
    template: 'registration-acknowledged',
    language: request.language,
    props: { supplierName: settings.storeName, companyName: request.companyName, contactName: request.contactName },
  });
}

async function registrationApproved(ctx: EventCtx, { request, temporaryPassword }: RegistrationApprovedEvent): Promise<void> {
  const settings = await getSettings(ctx.em);
  queueEmail(ctx, {
    to: request.email,
    template: 'registration-approved',
    language: request.language,
    props: { supplierName: settings.storeName, companyName: request.companyName, loginUrl: signInUrl(ctx), username: request.email, temporaryPassword },
  });
}

async function registrationRefused(ctx: EventCtx, { request }: RegistrationRefusedEvent): Promise<void> {
  const settings = await getSettings(ctx.em);
  queueEmail(ctx, {
    to: request.email,
    template: 'registration-refused',
    language: request.language,
    props: { supplierName: settings.storeName, companyName: request.companyName, reason: request.refusalReason ?? null },
  });
}

/** The customer is told of each status change, in its document language; once shipped, with the delivery note. */
async function orderStatusChanged(ctx: EventCtx, e: OrderStatusChangedEvent): Promise<void> {
  if (!e.customerEmail) return;
  const settings = await getSettings(ctx.em);
  queueEmail(ctx, {
    to: e.customerEmail,
    template: 'order-status-changed',
    language: e.customer.documentLanguage,
    props: {
      supplierName: settings.storeName,
      customerName: e.customer.name,
      orderNumber: e.order.number,
      orderUrl: `${ctx.app.env.publicUrl}/orders/${e.order.globalId}`,
      status: e.to as Exclude<OrderStatus, OrderStatus.SUBMITTED>,
      reason: e.reason,
      changedAt: e.at.toISOString(),
      totals: { currencyCode: e.order.currencyCode, shippingCost: e.order.shippingCost, total: e.order.total, tax: orderEmailTax(e.order) },
    },
    // Shipped: the delivery note goes with the email (decision 44), drawn by the email's job.
    attachments:
      e.to === OrderStatus.SHIPPED && settings.attachDeliveryNoteToEmails
        ? [{ kind: 'order-pdf', orderId: e.order.id, document: 'deliveryNote', fileName: orderPdfFileName(e.order.number, 'deliveryNote') }]
        : undefined,
  });
}

/**
 * Quotes (issue 19 B3): the customer's user is told when the proposal is sent and when the supplier
 * comments, in the customer's document language (as order emails); every active staff member when a
 * quote is requested, accepted, declined or commented by the customer, each in their language.
 */
function quoteEmails(kind: QuoteEmailKind) {
  return async (ctx: EventCtx, e: QuoteSentEvent): Promise<void> => {
    const settings = await getSettings(ctx.em);
    const base = {
      kind,
      supplierName: settings.storeName,
      customerName: e.customer.name,
      quoteNumber: e.quote.number,
      total: e.total,
      currencyCode: e.quote.currencyCode,
      expiresOn: e.quote.expiresOn ? String(e.quote.expiresOn).slice(0, 10) : null,
      message: kind === 'accepted' ? null : e.message,
      orderNumber: kind === 'accepted' ? e.message : null,
    };
    if (e.actor.fromStaff) {
      if (!e.customerEmail) return;
      queueEmail(ctx, {
        to: e.customerEmail,
        template: 'quote',
        language: e.customer.documentLanguage,
        props: { ...base, audience: 'customer', url: `${ctx.app.env.publicUrl}/quotes/${e.quote.globalId}` },
      });
      return;
    }
    const staff = await ctx.em.find(StaffUser, { active: true }, { orderBy: { email: 'asc' } });
    for (const member of staff) {
      queueEmail(ctx, {
        to: member.email,
        template: 'quote',
        language: member.language,
        props: { ...base, audience: 'staff', url: `${ctx.app.env.publicUrl}/hub/quotes/${e.quote.globalId}` },
      });
    }
  };
}

/** The emails of the outbox (decision 3) are queued by these handlers, in the publisher's transaction. */
export function registerEmailHandlers(): void {
  subscribe(StoreAccessGrantedEvent, accessGranted);
  subscribe(StoreAccessApprovedEvent, accessApproved);
  subscribe(StoreAccessPasswordRegeneratedEvent, passwordRegenerated);
  subscribe(PasswordResetRequestedEvent, passwordResetRequested);
  subscribe(RegistrationRequestedEvent, registrationRequested);
  subscribe(RegistrationApprovedEvent, registrationApproved);
  subscribe(RegistrationRefusedEvent, registrationRefused);
  subscribe(OrderStatusChangedEvent, orderStatusChanged);
  subscribe(QuoteRequestedEvent, quoteEmails('requested'));
  subscribe(QuoteSentEvent, quoteEmails('sent'));
  subscribe(QuoteAcceptedEvent, quoteEmails('accepted'));
  subscribe(QuoteDeclinedEvent, quoteEmails('declined'));
  subscribe(QuoteCommentedEvent, quoteEmails('commented'));
}
