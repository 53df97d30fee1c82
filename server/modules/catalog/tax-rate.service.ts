import type { EntityManager } from '@mikro-orm/postgresql';
import { loader, type Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { publishRecordChange, snapshot } from '../../common/record-change.js';
import { escapeLike } from '../../common/text.js';
import { TaxRate } from './entities/tax-rate.entity.js';

export const TAX_RATE_NAME_MAX = 60;
const PERCENTAGE = /^\d{1,2}(\.\d{1,4})?$/;

/** Every rate, lowest first; read once per request (the list is short and read by many fields). */
export function listTaxRates(ctx: Ctx): Promise<TaxRate[]> {
  return loader(ctx, 'taxRates.all', () => ctx.em.find(TaxRate, {}, { orderBy: { percentage: 'asc', name: 'asc' } }));
}

/** A product's rate: its own, else the default; null when the store has no rates at all. */
export async function effectiveTaxRate(ctx: Ctx, taxRateId: string | null | undefined): Promise<TaxRate | null> {
  const rates = await listTaxRates(ctx);
  return rates.find((r) => r.id === taxRateId) ?? rates.find((r) => r.isDefault) ?? null;
}

/** A rate by global id; NOT_FOUND otherwise. */
export async function getTaxRate(ctx: Ctx, globalId: string): Promise<TaxRate> {
  const id = idOf('TaxRate', globalId);
  const rate = id ? await ctx.em.findOne(TaxRate, { id }) : null;
  if (!rate) throw apiError(ctx.t, 'NOT_FOUND');
  return rate;
}

/** The rate a product names by global id (product forms, API) or by name (CSV import, bulk sync). */
export async function findTaxRate(em: EntityManager, by: { id?: string | null; name?: string | null }): Promise<TaxRate | null> {
  if (by.id) {
    const id = idOf('TaxRate', by.id);
    return id ? em.findOne(TaxRate, { id }) : null;
  }
  const name = by.name?.trim();
  return name ? em.findOne(TaxRate, { name: { $ilike: escapeLike(name) } }) : null;
}

interface TaxRateInput {
  name?: string | null;
  percentage?: string | null;
  isDefault?: boolean | null;
}

type Result = { taxRate?: TaxRate | null; userErrors: UserError[] };

async function validate(ctx: Ctx, input: TaxRateInput, existing: TaxRate | null): Promise<{ errors: UserError[]; out: { name?: string; percentage?: string } }> {
  const errors: UserError[] = [];
  const out: { name?: string; percentage?: string } = {};
  if (!existing || (input.name !== undefined && input.name !== null)) {
    const name = (input.name ?? '').trim();
    if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
    else if (name.length > TAX_RATE_NAME_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: TAX_RATE_NAME_MAX }));
    else if ((await ctx.em.count(TaxRate, { name: { $ilike: escapeLike(name) }, ...(existing ? { id: { $ne: existing.id } } : {}) })) > 0) {
      errors.push(userError(ctx.t, UserErrorCode.TAKEN, ['input', 'name']));
    }
    out.name = name;
  }
  if (!existing || (input.percentage !== undefined && input.percentage !== null)) {
    // A percentage from 0 to 99.9999, e.g. "20", "5.5"; a decimal comma is accepted too.
    const percentage = (input.percentage ?? '').trim().replace(',', '.');
    if (!percentage) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'percentage']));
    else if (!PERCENTAGE.test(percentage)) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'percentage']));
    out.percentage = percentage;
  }
  if (existing?.isDefault && input.isDefault === false) errors.push(userError(ctx.t, UserErrorCode.DEFAULT_REQUIRED, ['input', 'isDefault']));
  return { errors, out };
}

/** Saves a rate; the first one, or one made the default, becomes the only default. */
async function save(ctx: Ctx, rate: TaxRate, makeDefault: boolean): Promise<void> {
  const none = !makeDefault && (await ctx.em.count(TaxRate, { isDefault: true, id: { $ne: rate.id } })) === 0;
  if (makeDefault || none) {
    await ctx.em.nativeUpdate(TaxRate, { isDefault: true, id: { $ne: rate.id } }, { isDefault: false });
    rate.isDefault = true;
  }
  ctx.em.persist(rate);
  await ctx.em.flush();
}

/** The key fields the audit trail records for tax rates (issue 17, H4). */
const TAX_RATE_FIELDS = ['name', 'percentage', 'isDefault'] as const;

export async function createTaxRate(ctx: Ctx, input: TaxRateInput): Promise<Result> {
  const { errors, out } = await validate(ctx, input, null);
  if (errors.length) return { userErrors: errors };
  const rate = ctx.em.create(TaxRate, { name: out.name!, percentage: out.percentage! }, { persist: false });
  await save(ctx, rate, input.isDefault === true);
  await publishRecordChange(ctx, 'TAX_RATE_CREATED', { type: 'TaxRate', id: rate.id, label: rate.name }, null, snapshot(rate, TAX_RATE_FIELDS));
  return { taxRate: rate, userErrors: [] };
}

export async function updateTaxRate(ctx: Ctx, input: TaxRateInput & { id: string }): Promise<Result> {
  const rate = await getTaxRate(ctx, input.id);
  const { errors, out } = await validate(ctx, input, rate);
  if (errors.length) return { taxRate: rate, userErrors: errors };
  const before = snapshot(rate, TAX_RATE_FIELDS);
  // Orders keep the name and percentage they were placed with: changing a rate changes future orders only.
  Object.assign(rate, out);
  await save(ctx, rate, input.isDefault === true);
  await publishRecordChange(ctx, 'TAX_RATE_UPDATED', { type: 'TaxRate', id: rate.id, label: rate.name }, before, snapshot(rate, TAX_RATE_FIELDS));
  return { taxRate: rate, userErrors: [] };
}

/** Deletes a rate: its products fall back to the default rate. The default goes last (DEFAULT_REQUIRED while others remain). */
export async function deleteTaxRate(ctx: Ctx, input: { id: string }): Promise<{ deletedTaxRateId?: string | null; userErrors: UserError[] }> {
  const rate = await getTaxRate(ctx, input.id);
  if (rate.isDefault && (await ctx.em.count(TaxRate, { id: { $ne: rate.id } })) > 0) {
    return { userErrors: [userError(ctx.t, UserErrorCode.DEFAULT_REQUIRED, ['input', 'id'])] };
  }
  const id = rate.globalId;
  const before = snapshot(rate, TAX_RATE_FIELDS);
  ctx.em.remove(rate);
  await ctx.em.flush();
  await publishRecordChange(ctx, 'TAX_RATE_DELETED', { type: 'TaxRate', id: rate.id, label: rate.name }, before, null);
  return { deletedTaxRateId: id, userErrors: [] };
}
