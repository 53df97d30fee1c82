import { runAfterCommit, type Ctx } from '../../common/context.js';
import type { AppServices } from '../../common/services.js';
import { keysetPage } from '../../common/connection.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Language } from '../../common/language.js';
import { EMAIL_PATTERN } from '../../common/text.js';
import { getSettings } from '../settings/index.js';
import { publish } from '../../common/events.js';
import { RegistrationApprovedEvent } from './events/registration-approved.event.js';
import { RegistrationRefusedEvent } from './events/registration-refused.event.js';
import { RegistrationRequestedEvent } from './events/registration-requested.event.js';
import { ShopUser, StoreAccess, generateTemporaryPassword, hashGeneratedPassword, normalizeEmail, createAccess, consumeClientQuota, tooManyAttempts } from '../access/index.js';
import { Customer, Contact, CustomerChangedEvent } from '../customers/index.js';
import { RegistrationRequest, RegistrationStatus } from './entities/registration-request.entity.js';

/** Requests accepted per client address per hour. */
export const REQUESTS_PER_HOUR = 5;

export interface RegistrationInput {
  companyName: string;
  contactName: string;
  email: string;
  phone?: string | null;
  address?: string | null;
  vatNumber?: string | null;
  message?: string | null;
  language?: Language | null;
  /** Honeypot: hidden from people; bots fill it. */
  website?: string | null;
}

export const REGISTRATION_QUEUE = 'registration-request';

/** A checked request, as the job records it. */
interface RegistrationData {
  companyName: string;
  contactName: string;
  email: string;
  phone: string | null;
  address: string | null;
  vatNumber: string | null;
  message: string | null;
  language: Language;
}

/**
 * The public access-request form (product R2). A filled honeypot is answered as a success and
 * dropped; the answer never depends on whether the email is known, nor does its time: after the
 * checks of the input alone, a job records the request and tells staff by email (each in their
 * language) and in the bell (issue 11, S6).
 */
export async function submitRegistration(ctx: Ctx, input: RegistrationInput): Promise<{ userErrors: UserError[] }> {
  const settings = await getSettings(ctx.em);
  if (!settings.selfRegistrationEnabled) return { userErrors: [userError(ctx.t, UserErrorCode.REGISTRATION_CLOSED)] };
  if (input.website?.trim()) return { userErrors: [] };
  const data: RegistrationData = {
    companyName: input.companyName.trim(),
    contactName: input.contactName.trim(),
    email: normalizeEmail(input.email),
    phone: input.phone?.trim() || null,
    address: input.address?.trim() || null,
    vatNumber: input.vatNumber?.trim().toUpperCase().replace(/\s+/g, '') || null,
    message: input.message?.trim() || null,
    language: input.language ?? ctx.language,
  };
  const errors: UserError[] = [];
  if (!data.companyName) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'companyName']));
  if (!data.contactName) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'contactName']));
  if (!EMAIL_PATTERN.test(data.email)) errors.push(userError(ctx.t, UserErrorCode.INVALID_EMAIL, ['input', 'email']));
  if (data.vatNumber && !/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(data.vatNumber)) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'vatNumber']));
  for (const [k, max] of [['companyName', 200], ['contactName', 200], ['phone', 50], ['address', 500], ['message', 2000]] as const) {
    if ((data[k]?.length ?? 0) > max) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', k], { max }));
  }
  if (errors.length) return { userErrors: errors };
  const wait = await consumeClientQuota(ctx, 'registration', REQUESTS_PER_HOUR, 3600);
  if (wait > 0) return { userErrors: [tooManyAttempts(ctx, wait)] };
  await ctx.app.jobs.send(REGISTRATION_QUEUE, { ...data, clientKey: ctx.clientKey });
  return { userErrors: [] };
}

/** The job: records the request, tells every active staff member and acknowledges it to the applicant. */
export async function recordRegistration(app: AppServices, data: RegistrationData & { clientKey: string }): Promise<void> {
  const ctx = { em: app.orm.em.fork(), app, afterCommit: [] as Ctx['afterCommit'] };
  const request = ctx.em.create(RegistrationRequest, data);
  await publish(ctx, new RegistrationRequestedEvent(request));
  await ctx.em.flush();
  await runAfterCommit(ctx, (e) => app.log.error('[registration] after-commit', e));
}

export function registerRegistrationJobs(app: AppServices): void {
  app.jobs.define<RegistrationData & { clientKey: string }>(REGISTRATION_QUEUE, (data) => recordRegistration(app, data), { retryLimit: 3 });
}

export async function listRegistrations(ctx: Ctx, args: { status?: RegistrationStatus | null; first?: number | null; after?: string | null }) {
  const qb = ctx.em.createQueryBuilder(RegistrationRequest, 'r').select('*');
  if (args.status) qb.where({ status: args.status });
  return keysetPage<RegistrationRequest>({ qb, alias: 'r', sortColumn: 'created_at', sortValue: (r) => r.createdAt.toISOString(), direction: 'asc', first: args.first, after: args.after });
}

export async function getRegistration(ctx: Ctx, globalId: string): Promise<RegistrationRequest> {
  const id = idOf('RegistrationRequest', globalId);
  const request = id ? await ctx.em.findOne(RegistrationRequest, { id }) : null;
  if (!request) throw apiError(ctx.t, 'NOT_FOUND');
  return request;
}

export function countPendingRegistrations(ctx: Ctx): Promise<number> {
  return ctx.em.count(RegistrationRequest, { status: RegistrationStatus.PENDING });
}

/**
 * Staff approve a request (product R4): link it to an existing customer or create one with the
 * given customer number, add the applicant as a contact, grant access and email the credentials in
 * the applicant's language — one transaction.
 */
export async function approveRegistration(
  ctx: Ctx,
  input: { id: string; customerId?: string | null; customerNumber?: string | null },
): Promise<{ registrationRequest?: RegistrationRequest; storeAccess?: StoreAccess; userErrors: UserError[] }> {
  const request = await getRegistration(ctx, input.id);
  if (request.status !== RegistrationStatus.PENDING) return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.ALREADY_DECIDED)] };
  if ((await ctx.em.count(ShopUser, { email: request.email })) > 0) {
    return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.EMAIL_IN_USE)] };
  }
  let customer: Customer | null;
  if (input.customerId) {
    const id = idOf('Customer', input.customerId);
    customer = id ? await ctx.em.findOne(Customer, { id }) : null;
    if (!customer) return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'customerId'])] };
  } else {
    const customerNumber = input.customerNumber?.trim() ?? '';
    if (!customerNumber) return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'customerNumber'])] };
    if ((await ctx.em.count(Customer, { customerNumber })) > 0) {
      return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.CUSTOMER_NUMBER_TAKEN, ['input', 'customerNumber'], { value: customerNumber })] };
    }
    customer = ctx.em.create(Customer, { name: request.companyName, customerNumber, documentLanguage: request.language });
    await publish(ctx, new CustomerChangedEvent(customer, 'CREATED', 'REGISTRATION_APPROVAL'));
  }
  const contactCount = await ctx.em.count(Contact, { customer });
  if ((await ctx.em.count(Contact, { customer, email: request.email })) === 0) {
    ctx.em.create(Contact, { customer, name: request.contactName, email: request.email, phone: request.phone, position: contactCount });
  }
  const temporaryPassword = generateTemporaryPassword();
  const storeAccess = createAccess(ctx, customer, request.email, {
    language: request.language,
    passwordHash: hashGeneratedPassword(temporaryPassword),
    autoApprove: true, // staff just approved this person
  });
  request.status = RegistrationStatus.APPROVED;
  request.customer = customer;
  request.decidedAt = new Date();
  request.decidedBy = ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null;
  await publish(ctx, new RegistrationApprovedEvent(request, storeAccess, temporaryPassword));
  await ctx.em.flush();
  return { registrationRequest: request, storeAccess, userErrors: [] };
}

/** Staff refuse a request, with an optional reason sent politely to the applicant (product R5). */
export async function refuseRegistration(ctx: Ctx, input: { id: string; reason?: string | null }): Promise<{ registrationRequest?: RegistrationRequest; userErrors: UserError[] }> {
  const request = await getRegistration(ctx, input.id);
  if (request.status !== RegistrationStatus.PENDING) return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.ALREADY_DECIDED)] };
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > 1000) return { registrationRequest: request, userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'reason'], { max: 1000 })] };
  request.status = RegistrationStatus.REFUSED;
  request.refusalReason = reason;
  request.decidedAt = new Date();
  request.decidedBy = ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null;
  await publish(ctx, new RegistrationRefusedEvent(request));
  await ctx.em.flush();
  return { registrationRequest: request, userErrors: [] };
}
