import type { Ctx } from '../../common/context.js';
import { keysetPage, timestampCursorSql } from '../../common/connection.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Language } from '../../common/language.js';
import { EMAIL_PATTERN, escapeLike } from '../../common/text.js';
import { columnLengthErrors } from '../../common/column-length.js';
import { PriceLevel, StorageLocation } from '../catalog/index.js';
import { publish } from '../../common/events.js';
import { Contact } from './entities/contact.entity.js';
import { Customer, CustomerStatus, TaxExemption } from './entities/customer.entity.js';
import { DeliverySite } from './entities/delivery-site.entity.js';
import { applyVisibility, type VisibilityIds } from './visibility.js';
import { CustomerChangedEvent } from './events/customer-changed.event.js';

export type AccessFilter = 'NONE' | 'PENDING_APPROVAL' | 'ACTIVE' | 'BLOCKED';

export interface CustomerFilter {
  query?: string | null;
  status?: CustomerStatus | null;
  priceLevelId?: string | null;
  language?: Language | null;
  accessStatus?: AccessFilter | null;
}

/** The filtered customer query shared by the list and by bulk grants "for all matching". */
export function customerQuery(ctx: Ctx, filter: CustomerFilter) {
  const qb = ctx.em.createQueryBuilder(Customer, 'c').select('*');
  const q = filter.query?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    qb.andWhere(`(c.name ilike ? or c.customer_number ilike ? or exists (select 1 from contact k where k.customer_id = c.id and k.email ilike ?))`, [like, like, like]);
  }
  if (filter.status) qb.andWhere({ status: filter.status });
  if (filter.language) qb.andWhere({ documentLanguage: filter.language });
  if (filter.priceLevelId) {
    const id = idOf('PriceLevel', filter.priceLevelId);
    if (!id) throw apiError(ctx.t, 'BAD_USER_INPUT');
    qb.andWhere({ priceLevel: id });
  }
  if (filter.accessStatus === 'NONE') qb.andWhere('not exists (select 1 from store_access a where a.customer_id = c.id)');
  else if (filter.accessStatus) qb.andWhere('exists (select 1 from store_access a where a.customer_id = c.id and a.status = ?)', [filter.accessStatus]);
  return qb;
}

/** Staff list customers, sorted by name, searched and filtered, keyset-paginated; with `updatedSince`, oldest change first (E3). */
export async function listCustomers(ctx: Ctx, args: CustomerFilter & { first?: number | null; after?: string | null; updatedSince?: Date | null }) {
  if (args.updatedSince) {
    const qb = customerQuery(ctx, args).andWhere({ updatedAt: { $gte: args.updatedSince } });
    return keysetPage<Customer>({
      qb, alias: 'c', sortColumn: 'updated_at', sortValue: (c) => c.updatedAt.toISOString(), direction: 'asc', first: args.first, after: args.after,
      exact: { em: ctx.em, entity: Customer, sql: timestampCursorSql('c.updated_at') },
    });
  }
  return keysetPage<Customer>({ qb: customerQuery(ctx, args), alias: 'c', sortColumn: 'name', sortValue: (c) => c.name, direction: 'asc', first: args.first, after: args.after });
}

/** A customer by global id, for staff; NOT_FOUND otherwise. */
export async function getCustomer(ctx: Ctx, globalId: string): Promise<Customer> {
  const id = idOf('Customer', globalId);
  const customer = id ? await ctx.em.findOne(Customer, { id }) : null;
  if (!customer) throw apiError(ctx.t, 'NOT_FOUND');
  return customer;
}

export interface ContactData {
  id?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}
export interface SiteData {
  id?: string | null;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface CustomerData {
  name?: string | null;
  customerNumber?: string | null;
  documentLanguage?: Language | null;
  priceLevelId?: string | null;
  storageLocationId?: string | null;
  privateMessage?: string | null;
  vatNumber?: string | null;
  taxExemption?: TaxExemption | null;
  taxExemptionMention?: string | null;
  contacts?: ContactData[] | null;
  deliverySites?: SiteData[] | null;
  visibility?: VisibilityIds | null;
}

/** Trims contacts, lower-cases emails; bad or repeated emails and empty contacts are userErrors under `path`. */
export function normalizeContacts(ctx: Pick<Ctx, 't' | 'em'>, list: ContactData[], path: string[], errors: UserError[]) {
  const contacts = list.map((c) => ({
    id: c.id ?? null,
    name: c.name?.trim() || null,
    email: c.email?.trim().toLowerCase() || null,
    phone: c.phone?.trim() || null,
  }));
  const seen = new Set<string>();
  contacts.forEach((c, i) => {
    if (c.email && !EMAIL_PATTERN.test(c.email)) errors.push(userError(ctx.t, UserErrorCode.INVALID_EMAIL, [...path, String(i), 'email']));
    else if (c.email && seen.has(c.email)) errors.push(userError(ctx.t, UserErrorCode.TAKEN, [...path, String(i), 'email']));
    if (c.email) seen.add(c.email);
    if (!c.name && !c.email && !c.phone) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, [...path, String(i), 'name']));
    errors.push(...columnLengthErrors(ctx.em, ctx.t, Contact, { name: c.name, email: c.email, phone: c.phone }, [...path, String(i)]));
  });
  return contacts;
}

/** Trims delivery sites, upper-cases countries; missing parts and bad countries are userErrors under `path`. */
export function normalizeSites(ctx: Pick<Ctx, 't' | 'em'>, list: SiteData[], path: string[], errors: UserError[]) {
  const sites = list.map((s) => ({
    id: s.id ?? null,
    name: s.name.trim(),
    street: s.street.trim(),
    postalCode: s.postalCode.trim(),
    city: s.city.trim(),
    country: s.country.trim().toUpperCase(),
  }));
  sites.forEach((s, i) => {
    for (const k of ['name', 'street', 'postalCode', 'city'] as const) {
      if (!s[k]) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, [...path, String(i), k]));
    }
    if (!/^[A-Z]{2}$/.test(s.country)) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, [...path, String(i), 'country']));
    const { name, street, postalCode, city } = s;
    errors.push(...columnLengthErrors(ctx.em, ctx.t, DeliverySite, { name, street, postalCode, city }, [...path, String(i)]));
  });
  return sites;
}

/**
 * Checks and normalises customer data; every problem is a userError on its field. For updates,
 * absent fields stay as they are; `priceLevelId: null` means "use the default level".
 */
async function validate(ctx: Ctx, input: CustomerData, existing: Customer | null) {
  const errors: UserError[] = [];
  const out: Record<string, unknown> = {};
  const has = (k: keyof CustomerData) => input[k] !== undefined && (input[k] !== null || ['priceLevelId', 'storageLocationId', 'privateMessage', 'vatNumber', 'taxExemption', 'taxExemptionMention'].includes(k));
  if (!existing || has('name')) {
    const name = (input.name ?? '').trim();
    if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
    else if (name.length > 200) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: 200 }));
    out.name = name;
  }
  if (!existing || has('customerNumber')) {
    const customerNumber = (input.customerNumber ?? '').trim();
    if (!customerNumber) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'customerNumber']));
    else if (customerNumber.length > 50) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'customerNumber'], { max: 50 }));
    else if ((await ctx.em.count(Customer, { customerNumber, ...(existing ? { id: { $ne: existing.id } } : {}) })) > 0) {
      errors.push(userError(ctx.t, UserErrorCode.CUSTOMER_NUMBER_TAKEN, ['input', 'customerNumber'], { value: customerNumber }));
    }
    out.customerNumber = customerNumber;
  }
  if (input.documentLanguage) out.documentLanguage = input.documentLanguage;
  if (has('priceLevelId')) {
    if (input.priceLevelId) {
      const id = idOf('PriceLevel', input.priceLevelId);
      const level = id ? await ctx.em.findOne(PriceLevel, { id }) : null;
      if (!level) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'priceLevelId']));
      out.priceLevel = level;
    } else out.priceLevel = null;
  }
  if (has('storageLocationId')) {
    if (input.storageLocationId) {
      const id = idOf('StorageLocation', input.storageLocationId);
      const location = id ? await ctx.em.findOne(StorageLocation, { id }) : null;
      if (!location) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'storageLocationId']));
      out.storageLocation = location;
    } else out.storageLocation = null;
  }
  if (has('privateMessage')) {
    const message = input.privateMessage?.trim() || null;
    if (message && message.length > 2000) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'privateMessage'], { max: 2000 }));
    out.privateMessage = message;
  }
  if (has('vatNumber')) {
    // Stored as written without spaces, dots or dashes, upper-cased: "FR 12 345678901" → "FR12345678901".
    const vat = input.vatNumber?.replace(/[\s.-]/g, '').toUpperCase() || null;
    if (vat && !/^[A-Z0-9]{4,30}$/.test(vat)) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'vatNumber']));
    out.vatNumber = vat;
  }
  if (has('taxExemption')) out.taxExemption = input.taxExemption ?? null;
  if (has('taxExemptionMention')) {
    const mention = input.taxExemptionMention?.trim() || null;
    if (mention && mention.length > 500) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'taxExemptionMention'], { max: 500 }));
    out.taxExemptionMention = mention;
  }
  // The reverse charge is only for a business with a VAT number.
  const exemption = has('taxExemption') ? out.taxExemption : existing?.taxExemption;
  const vatNumber = has('vatNumber') ? out.vatNumber : existing?.vatNumber;
  if (exemption === TaxExemption.REVERSE_CHARGE && !vatNumber) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'vatNumber']));
  const contacts = input.contacts ? normalizeContacts(ctx, input.contacts, ['input', 'contacts'], errors) : undefined;
  const sites = input.deliverySites ? normalizeSites(ctx, input.deliverySites, ['input', 'deliverySites'], errors) : undefined;
  return { errors, out, contacts, sites };
}

/** Replaces a customer's contacts, keeping the rows (and their ids) of those still listed. */
async function replaceContacts(ctx: Ctx, customer: Customer, contacts: NonNullable<Awaited<ReturnType<typeof validate>>['contacts']>) {
  const current = await ctx.em.find(Contact, { customer });
  const keep = new Set<string>();
  contacts.forEach((c, position) => {
    const id = c.id ? idOf('Contact', c.id) : null;
    const row = current.find((r) => r.id === id);
    if (row) {
      Object.assign(row, { name: c.name, email: c.email, phone: c.phone, position });
      keep.add(row.id);
    } else ctx.em.create(Contact, { customer, name: c.name, email: c.email, phone: c.phone, position });
  });
  for (const row of current) if (!keep.has(row.id)) ctx.em.remove(row);
}

async function replaceSites(ctx: Ctx, customer: Customer, sites: NonNullable<Awaited<ReturnType<typeof validate>>['sites']>) {
  const current = await ctx.em.find(DeliverySite, { customer });
  const keep = new Set<string>();
  sites.forEach((s, position) => {
    const id = s.id ? idOf('DeliverySite', s.id) : null;
    const row = current.find((r) => r.id === id);
    const data = { name: s.name, street: s.street, postalCode: s.postalCode, city: s.city, country: s.country, position };
    if (row) {
      Object.assign(row, data);
      keep.add(row.id);
    } else ctx.em.create(DeliverySite, { customer, ...data });
  });
  for (const row of current) if (!keep.has(row.id)) ctx.em.remove(row);
}

/** Staff create a customer with its contacts, sites and visibility in one flush. */
export async function createCustomer(ctx: Ctx, input: CustomerData): Promise<{ customer?: Customer; userErrors: UserError[] }> {
  const { errors, out, contacts, sites } = await validate(ctx, input, null);
  const customer = ctx.em.create(Customer, { documentLanguage: Language.EN, ...(out as { name: string; customerNumber: string }) }, { persist: false });
  if (input.visibility) errors.push(...(await applyVisibility(ctx, customer, input.visibility, ['input', 'visibility'], { dryRun: true })));
  if (errors.length) return { userErrors: errors };
  ctx.em.persist(customer);
  if (contacts) await replaceContacts(ctx, customer, contacts);
  if (sites) await replaceSites(ctx, customer, sites);
  if (input.visibility) await applyVisibility(ctx, customer, input.visibility, ['input', 'visibility']);
  await publish(ctx, new CustomerChangedEvent(customer, 'CREATED', 'CUSTOMER_MUTATION'));
  await ctx.em.flush();
  return { customer, userErrors: [] };
}

/** Staff change a customer; only the fields given change (e.g. the customer number inline). */
export async function updateCustomer(ctx: Ctx, input: CustomerData & { id: string }): Promise<{ customer?: Customer; userErrors: UserError[] }> {
  const customer = await getCustomer(ctx, input.id);
  const { errors, out, contacts, sites } = await validate(ctx, input, customer);
  if (input.visibility) errors.push(...(await applyVisibility(ctx, customer, input.visibility, ['input', 'visibility'], { dryRun: true })));
  if (errors.length) return { customer, userErrors: errors };
  Object.assign(customer, out);
  if (contacts) await replaceContacts(ctx, customer, contacts);
  if (sites) await replaceSites(ctx, customer, sites);
  if (input.visibility) await applyVisibility(ctx, customer, input.visibility, ['input', 'visibility']);
  if (hasPendingChanges(ctx)) {
    // Contacts, sites and visibility live in other rows: the customer counts as changed for delta
    // sync. An update that changes nothing (an ERP sending the same data again) leaves no trace.
    customer.updatedAt = new Date();
    await publish(ctx, new CustomerChangedEvent(customer, 'UPDATED', 'CUSTOMER_MUTATION'));
  }
  await ctx.em.flush();
  return { customer, userErrors: [] };
}

/** Whether the next flush would write anything (rows or many-to-many links). */
function hasPendingChanges(ctx: Ctx): boolean {
  const uow = ctx.em.getUnitOfWork();
  uow.computeChangeSets();
  return uow.getChangeSets().length > 0 || uow.getCollectionUpdates().length > 0;
}

/** Temporarily excludes a customer (product A8): its users see the reason and cannot order. */
export async function excludeCustomer(ctx: Ctx, input: { id: string; reason: string }): Promise<{ customer?: Customer; userErrors: UserError[] }> {
  const customer = await getCustomer(ctx, input.id);
  const reason = input.reason.trim();
  if (!reason) return { customer, userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'reason'])] };
  if (reason.length > 500) return { customer, userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'reason'], { max: 500 })] };
  customer.status = CustomerStatus.EXCLUDED;
  customer.exclusionReason = reason;
  await publish(ctx, new CustomerChangedEvent(customer, 'EXCLUDED', 'CUSTOMER_MUTATION'));
  await ctx.em.flush();
  return { customer, userErrors: [] };
}

/** Lifts an exclusion: everything works again as before; nothing was deleted. */
export async function liftExclusion(ctx: Ctx, input: { id: string }): Promise<{ customer?: Customer; userErrors: UserError[] }> {
  const customer = await getCustomer(ctx, input.id);
  if (customer.status !== CustomerStatus.EXCLUDED) return { customer, userErrors: [userError(ctx.t, UserErrorCode.INVALID_STATUS)] };
  customer.status = CustomerStatus.ACTIVE;
  customer.exclusionReason = null;
  await publish(ctx, new CustomerChangedEvent(customer, 'EXCLUSION_LIFTED', 'CUSTOMER_MUTATION'));
  await ctx.em.flush();
  return { customer, userErrors: [] };
}
