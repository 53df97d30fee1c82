import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from '../../common/context.js';
import { byCode, itemError, tooManyItems, type SyncResult } from '../../common/bulk-sync.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import { LANGUAGES, Language } from '../../common/language.js';
import { Brand, Manufacturer, PriceLevel, Season, StorageLocation, Tag } from '../catalog/index.js';
import { Contact } from './entities/contact.entity.js';
import { Customer } from './entities/customer.entity.js';
import { DeliverySite } from './entities/delivery-site.entity.js';
import { publish } from '../../common/events.js';
import { publishRecordChange } from '../../common/record-change.js';
import { CustomerChangedEvent } from './events/customer-changed.event.js';
import { normalizeContacts, normalizeSites, type ContactData, type SiteData } from './customer.service.js';

// The ERP's customer sync by customer number (issue 14 E2, docs/decisions/0029). Customers carry
// collections (contacts, sites, visibility), so this goes through the ORM — loaded in a few
// statements for the whole call, flushed once — and assigns only what differs, so an item equal
// to what is stored produces no change set and its updatedAt stays.

export interface CustomerSyncData {
  customerNumber: string;
  name?: string | null;
  documentLanguage?: string | null;
  priceLevelCode?: string | null;
  storageLocationCode?: string | null;
  privateMessage?: string | null;
  contacts?: Omit<ContactData, 'id'>[] | null;
  deliverySites?: Omit<SiteData, 'id'>[] | null;
  visibility?: { tags?: string[] | null; seasons?: string[] | null; brands?: string[] | null; manufacturers?: string[] | null } | null;
}

const DIMENSIONS = [
  { key: 'tags', entity: Tag, collection: 'visibleTags', code: UserErrorCode.UNKNOWN_TAG },
  { key: 'seasons', entity: Season, collection: 'visibleSeasons', code: UserErrorCode.UNKNOWN_SEASON },
  { key: 'brands', entity: Brand, collection: 'visibleBrands', code: UserErrorCode.UNKNOWN_BRAND },
  { key: 'manufacturers', entity: Manufacturer, collection: 'visibleManufacturers', code: UserErrorCode.UNKNOWN_MANUFACTURER },
] as const;
type Dimension = (typeof DIMENSIONS)[number];
type ListItem = Tag | Season | Brand | Manufacturer;

/** 'fr', 'FR', 'fr-BE' → fr; 'pt-BR', 'pt_br' → pt-BR; anything else is not a language the store speaks. */
function languageOf(value: string): Language | null {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(value.trim());
  if (!match) return null;
  const code = match[1].toLowerCase();
  if (code === 'pt' && match[2]?.toLowerCase() === 'br') return Language.PT_BR;
  return (LANGUAGES as string[]).includes(code) ? (code as Language) : null;
}

interface Plan {
  index: number;
  existing: Customer | undefined;
  scalars: Partial<Pick<Customer, 'name' | 'customerNumber' | 'documentLanguage' | 'privateMessage'>>;
  priceLevel?: PriceLevel | null;
  storageLocation?: StorageLocation | null;
  contacts?: ReturnType<typeof normalizeContacts>;
  sites?: ReturnType<typeof normalizeSites>;
  visibility: Array<[Dimension, ListItem[]]>;
}

/** Checks one item against the stored customers and the catalog's codes and names. */
function planItem(
  ctx: Ctx,
  item: CustomerSyncData,
  index: number,
  lookups: {
    existing: Map<string, Customer>;
    seen: Set<string>;
    level: (code: string) => PriceLevel | undefined;
    location: (code: string) => StorageLocation | undefined;
    names: Map<Dimension, Map<string, ListItem>>;
  },
  errors: UserError[],
): Plan | null {
  const before = errors.length;
  const bad = (field: string | string[] | null, code: UserErrorCode, vars?: Record<string, unknown>) => errors.push(itemError(ctx.t, index, field, code, vars));
  const number = item.customerNumber.trim();
  if (!number) bad('customerNumber', UserErrorCode.REQUIRED);
  else if (number.length > 50) bad('customerNumber', UserErrorCode.TOO_LONG, { max: 50 });
  else if (lookups.seen.has(number)) bad('customerNumber', UserErrorCode.DUPLICATE_ITEM);
  lookups.seen.add(number);
  const existing = lookups.existing.get(number);
  const plan: Plan = { index, existing, scalars: {}, visibility: [] };
  if (!existing) plan.scalars.customerNumber = number;

  if (item.name !== undefined && item.name !== null) {
    const name = item.name.trim();
    if (!name) bad('name', UserErrorCode.REQUIRED);
    else if (name.length > 200) bad('name', UserErrorCode.TOO_LONG, { max: 200 });
    plan.scalars.name = name;
  } else if (!existing) bad('name', UserErrorCode.REQUIRED);
  if (item.documentLanguage !== undefined && item.documentLanguage !== null) {
    const language = languageOf(item.documentLanguage);
    if (!language) bad('documentLanguage', UserErrorCode.UNKNOWN_LANGUAGE, { value: item.documentLanguage });
    else plan.scalars.documentLanguage = language;
  }
  if (item.priceLevelCode !== undefined) {
    const level = item.priceLevelCode === null ? null : lookups.level(item.priceLevelCode);
    if (level === undefined) bad('priceLevelCode', UserErrorCode.UNKNOWN_PRICE_LEVEL, { code: item.priceLevelCode });
    plan.priceLevel = level ?? null;
  }
  if (item.storageLocationCode !== undefined) {
    const location = item.storageLocationCode === null ? null : lookups.location(item.storageLocationCode);
    if (location === undefined) bad('storageLocationCode', UserErrorCode.UNKNOWN_STORAGE_LOCATION, { code: item.storageLocationCode });
    plan.storageLocation = location ?? null;
  }
  if (item.privateMessage !== undefined) {
    const message = item.privateMessage?.trim() || null;
    if (message && message.length > 2000) bad('privateMessage', UserErrorCode.TOO_LONG, { max: 2000 });
    plan.scalars.privateMessage = message;
  }
  const path = ['input', 'items', String(index)];
  if (item.contacts) plan.contacts = normalizeContacts(ctx, item.contacts, [...path, 'contacts'], errors);
  if (item.deliverySites) {
    plan.sites = normalizeSites(ctx, item.deliverySites, [...path, 'deliverySites'], errors);
    const names = new Set<string>();
    plan.sites.forEach((s, i) => {
      if (s.name && names.has(s.name.toLowerCase())) errors.push(itemError(ctx.t, index, ['deliverySites', String(i), 'name'], UserErrorCode.TAKEN));
      names.add(s.name.toLowerCase());
    });
  }
  for (const dim of DIMENSIONS) {
    const wanted = item.visibility?.[dim.key];
    if (wanted === undefined || wanted === null) continue;
    const found: ListItem[] = [];
    for (const name of wanted) {
      const entity = lookups.names.get(dim)!.get(name.trim().toLowerCase());
      if (!entity) bad(['visibility', dim.key], dim.code, { value: name });
      else if (!found.includes(entity)) found.push(entity);
    }
    plan.visibility.push([dim, found]);
  }
  return errors.length > before ? null : plan;
}

/** Sets `key` when the value differs; says whether it did. */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean {
  const current = target[key] as unknown;
  const next = value as unknown;
  // Entities (price level, location) compare by id: a reference and the loaded entity are equal.
  const same = current && typeof current === 'object' && next && typeof next === 'object' ? (current as { id: string }).id === (next as { id: string }).id : current === next;
  if (!same) target[key] = value;
  return !same;
}

/**
 * Makes the stored rows of a collection match `wanted` (matched by `key`, in order): rows kept keep
 * their ids, new ones are created, missing ones removed. Says whether anything changed.
 */
function reconcile<R extends { position: number }, W>(
  ctx: Ctx,
  current: R[],
  wanted: W[],
  key: { ofRow: (r: R) => string | null; ofWanted: (w: W) => string | null },
  write: (row: R | null, w: W, position: number) => boolean,
): boolean {
  let changed = false;
  const free = [...current];
  wanted.forEach((w, position) => {
    const k = key.ofWanted(w);
    const at = k === null ? -1 : free.findIndex((r) => key.ofRow(r) === k);
    const row = at === -1 ? null : free.splice(at, 1)[0];
    changed = write(row, w, position) || changed;
  });
  for (const row of free) {
    ctx.em.remove(row);
    changed = true;
  }
  return changed;
}

/** Applies a checked item to its customer (new or stored); says whether anything changed. */
function applyPlan(ctx: Ctx, plan: Plan): { customer: Customer; changed: boolean } {
  const customer = plan.existing ?? ctx.em.create(Customer, plan.scalars as Pick<Customer, 'name' | 'customerNumber'>);
  let changed = !plan.existing;
  for (const [k, v] of Object.entries(plan.scalars)) changed = assign(customer, k as keyof Customer, v as never) || changed;
  if (plan.priceLevel !== undefined) changed = assign(customer, 'priceLevel', plan.priceLevel) || changed;
  if (plan.storageLocation !== undefined) changed = assign(customer, 'storageLocation', plan.storageLocation) || changed;
  let related = false;
  if (plan.contacts) {
    const current = plan.existing ? customer.contacts.getItems() : [];
    related =
      reconcile(ctx, current, plan.contacts, { ofRow: (r) => r.email ?? (r.name ? `name:${r.name}` : null), ofWanted: (w) => w.email ?? (w.name ? `name:${w.name}` : null) }, (row, w, position) => {
        if (!row) return Boolean(ctx.em.create(Contact, { customer, name: w.name, email: w.email, phone: w.phone, position }));
        return [assign(row, 'name', w.name), assign(row, 'email', w.email), assign(row, 'phone', w.phone), assign(row, 'position', position)].some(Boolean);
      }) || related;
  }
  if (plan.sites) {
    const current = plan.existing ? customer.deliverySites.getItems() : [];
    related =
      reconcile(ctx, current, plan.sites, { ofRow: (r) => r.name.toLowerCase(), ofWanted: (w) => w.name.toLowerCase() }, (row, w, position) => {
        const data = { name: w.name, street: w.street, postalCode: w.postalCode, city: w.city, country: w.country, position };
        if (!row) return Boolean(ctx.em.create(DeliverySite, { customer, ...data }));
        return Object.entries(data)
          .map(([k, v]) => assign(row, k as keyof DeliverySite, v as never))
          .some(Boolean);
      }) || related;
  }
  for (const [dim, items] of plan.visibility) {
    const collection = customer[dim.collection] as unknown as { getItems(): ListItem[]; set(items: ListItem[]): void };
    const current = plan.existing ? collection.getItems() : [];
    const ids = (list: ListItem[]) => list.map((i) => i.id).sort().join();
    if (ids(current) !== ids(items)) {
      collection.set(items);
      related = true;
    }
  }
  // A change to its contacts, sites or visibility is a change to the customer for delta syncs.
  if (related && plan.existing && !changed) customer.updatedAt = new Date();
  return { customer, changed: changed || related };
}

/** The ERP creates or changes customers by customer number (customersUpsert). */
export async function upsertCustomers(ctx: Ctx, input: { items: CustomerSyncData[]; atomic?: boolean | null }): Promise<SyncResult> {
  const tooMany = tooManyItems(ctx.t, input.items.length);
  const nothing = (userErrors: UserError[]) => ({ createdCount: 0, updatedCount: 0, unchangedCount: 0, userErrors });
  if (tooMany.length) return nothing(tooMany);
  const numbers = [...new Set(input.items.map((i) => i.customerNumber.trim()).filter(Boolean))];
  const populate = [
    ...(input.items.some((i) => i.contacts) ? ['contacts'] : []),
    ...(input.items.some((i) => i.deliverySites) ? ['deliverySites'] : []),
    ...DIMENSIONS.filter((d) => input.items.some((i) => i.visibility?.[d.key])).map((d) => d.collection),
  ];
  const stored = numbers.length ? await ctx.em.find(Customer, { customerNumber: { $in: numbers } }, { populate: populate as never[], strategy: 'select-in' }) : [];
  const names = new Map<Dimension, Map<string, ListItem>>();
  for (const dim of DIMENSIONS) {
    const wanted = input.items.some((i) => i.visibility?.[dim.key]);
    const items = wanted ? ((await ctx.em.find(dim.entity as typeof Tag, {})) as ListItem[]) : [];
    names.set(dim, new Map(items.map((i) => [i.name.toLowerCase(), i])));
  }
  const lookups = {
    existing: new Map(stored.map((c) => [c.customerNumber, c])),
    seen: new Set<string>(),
    level: byCode(await ctx.em.find(PriceLevel, {})),
    location: byCode(await ctx.em.find(StorageLocation, {})),
    names,
  };
  const errors: UserError[] = [];
  const plans = input.items.map((item, i) => planItem(ctx, item, i, lookups, errors)).filter((p): p is Plan => p !== null);
  if (errors.length && input.atomic) return nothing(errors);
  let created = 0;
  let updated = 0;
  const events: CustomerChangedEvent[] = [];
  for (const plan of plans) {
    const { customer, changed } = applyPlan(ctx, plan);
    if (!plan.existing) {
      created++;
      events.push(new CustomerChangedEvent(customer, 'CREATED', 'CUSTOMERS_UPSERT'));
    } else if (changed) {
      updated++;
      events.push(new CustomerChangedEvent(customer, 'UPDATED', 'CUSTOMERS_UPSERT'));
    }
  }
  // In a savepoint inside the mutation's transaction (decision 27): a refused insert must leave
  // that transaction usable, and nothing of this call in the entity manager to flush again.
  const savepoint = ctx.em.isInTransaction();
  if (savepoint) await ctx.em.execute('savepoint customers_upsert');
  try {
    await ctx.em.flush();
    if (savepoint) await ctx.em.execute('release savepoint customers_upsert');
  } catch (e) {
    // Another call created one of these customer numbers meanwhile: nothing was written; a retry
    // finds it and updates it.
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    if (savepoint) await ctx.em.execute('rollback to savepoint customers_upsert');
    ctx.em.clear();
    const value = /\(customer_number\)=\((.*)\) already exists/.exec(String((e as { detail?: string }).detail ?? e.message))?.[1] ?? '';
    const index = input.items.findIndex((i) => i.customerNumber.trim() === value);
    return nothing([index === -1 ? userError(ctx.t, UserErrorCode.CUSTOMER_NUMBER_TAKEN, ['input', 'items'], { value }) : itemError(ctx.t, index, 'customerNumber', UserErrorCode.CUSTOMER_NUMBER_TAKEN, { value })]);
  }
  // Published once the customers are written (so never for a call refused above), in the same
  // transaction: what the handlers write (webhook deliveries) commits with the customers.
  if (events.length) {
    for (const event of events) await publish(ctx, event);
    await ctx.em.flush();
  }
  const result = { createdCount: created, updatedCount: updated, unchangedCount: plans.length - created - updated, userErrors: errors };
  await auditSync(ctx, result);
  return result;
}

/**
 * The audit row of the call (issue 17, H4; decision 37, as `productsUpsert` writes one): one summary
 * row with its counts, published as a `RecordChangedEvent` for the audit handler, in the mutation's
 * transaction; the actor is the token or staff member calling. The per-customer events above write
 * no audit row for this source. A call that changed nothing writes none.
 */
async function auditSync(ctx: Ctx, r: SyncResult): Promise<void> {
  if (!r.createdCount && !r.updatedCount) return;
  const counts: Record<string, string> = { created: String(r.createdCount), updated: String(r.updatedCount), unchanged: String(r.unchangedCount) };
  if (r.userErrors.length) counts.rejected = String(r.userErrors.length);
  await publishRecordChange(ctx, 'CUSTOMERS_UPSERTED', { type: 'Customers', id: null, label: null }, null, counts);
}
