import type { Ctx } from '../../common/context.js';
import { keysetPage } from '../../common/connection.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Language } from '../../common/language.js';
import { PriceLevel } from '../catalog/entities/price-level.entity.js';
import { StorageLocation } from '../catalog/entities/storage-location.entity.js';
import { Contact } from './entities/contact.entity.js';
import { Customer } from './entities/customer.entity.js';
import type { CustomerCreateInput } from './dto/customer.dto.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Staff list customers, sorted by name, optionally searched. */
export async function listCustomers(ctx: Ctx, args: { first?: number | null; after?: string | null; query?: string | null }) {
  const qb = ctx.em.createQueryBuilder(Customer, 'c').select('*');
  const q = args.query?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    qb.where(
      `(c.name ilike ? or c.customer_number ilike ? or exists (select 1 from contact k where k.customer_id = c.id and k.email ilike ?))`,
      [like, like, like],
    );
  }
  return keysetPage<Customer>({ qb, alias: 'c', sortColumn: 'name', sortValue: (c) => c.name, direction: 'asc', first: args.first, after: args.after });
}

/** A customer by global id, for staff; NOT_FOUND otherwise. */
export async function getCustomer(ctx: Ctx, globalId: string): Promise<Customer> {
  const id = idOf('Customer', globalId);
  const customer = id ? await ctx.em.findOne(Customer, { id }) : null;
  if (!customer) throw apiError(ctx.t, 'NOT_FOUND');
  return customer;
}

/** Staff create a customer with its contacts in one flush. */
export async function createCustomer(ctx: Ctx, input: CustomerCreateInput): Promise<{ customer?: Customer; userErrors: UserError[] }> {
  const errors: UserError[] = [];
  const name = input.name.trim();
  const customerNumber = input.customerNumber.trim();
  if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
  if (name.length > 200) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: 200 }));
  if (!customerNumber) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'customerNumber']));
  if (customerNumber.length > 50) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'customerNumber'], { max: 50 }));
  const contacts = (input.contacts ?? []).map((c) => ({
    name: c.name?.trim() || null,
    email: c.email?.trim().toLowerCase() || null,
    phone: c.phone?.trim() || null,
  }));
  contacts.forEach((c, i) => {
    if (c.email && !EMAIL.test(c.email)) errors.push(userError(ctx.t, UserErrorCode.INVALID_EMAIL, ['input', 'contacts', String(i), 'email']));
  });
  let priceLevel: PriceLevel | null = null;
  if (input.priceLevelId) {
    const id = idOf('PriceLevel', input.priceLevelId);
    priceLevel = id ? await ctx.em.findOne(PriceLevel, { id }) : null;
    if (!priceLevel) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'priceLevelId']));
  }
  let storageLocation: StorageLocation | null = null;
  if (input.storageLocationId) {
    const id = idOf('StorageLocation', input.storageLocationId);
    storageLocation = id ? await ctx.em.findOne(StorageLocation, { id }) : null;
    if (!storageLocation) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'storageLocationId']));
  }
  if (customerNumber && (await ctx.em.count(Customer, { customerNumber })) > 0) {
    errors.push(userError(ctx.t, UserErrorCode.CUSTOMER_NUMBER_TAKEN, ['input', 'customerNumber'], { value: customerNumber }));
  }
  if (errors.length) return { userErrors: errors };

  const customer = ctx.em.create(Customer, {
    name,
    customerNumber,
    documentLanguage: input.documentLanguage ?? Language.EN,
    priceLevel,
    storageLocation,
    privateMessage: input.privateMessage?.trim() || null,
  });
  contacts.forEach((c, position) => ctx.em.create(Contact, { ...c, customer, position }));
  await ctx.em.flush();
  return { customer, userErrors: [] };
}
