import { publish } from '../../common/events.js';
import { StoreSettingsUpdatedEvent } from './events/store-settings-updated.event.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import type { CurrencyCode } from '../../common/money.js';
import { StoreSettings, type PendingApprovalRecipients, type TaxRounding } from './entities/store-settings.entity.js';
import { idOf } from '../../common/global-id.js';

/** The store's settings row (created by the initial migration). */
export async function getSettings(em: EntityManager): Promise<StoreSettings> {
  return em.findOneOrFail(StoreSettings, { id: 1 });
}

export interface SettingsChange {
  storeName?: string | null;
  currencyCode?: CurrencyCode | null;
  autoApproveBuyers?: boolean | null;
  showStock?: boolean | null;
  reusePreviousShippingCost?: boolean | null;
  selfRegistrationEnabled?: boolean | null;
  showAccessRequestButton?: boolean | null;
  pendingApprovalRecipients?: PendingApprovalRecipients | null;
  pricesIncludeTax?: boolean | null;
  taxRounding?: TaxRounding | null;
  shippingTaxRateId?: string | null;
  legalName?: string | null;
  legalAddress?: string | null;
  vatNumber?: string | null;
  companyRegistration?: string | null;
  iban?: string | null;
  bic?: string | null;
  paymentTerms?: string | null;
  documentFooter?: string | null;
  attachPdfToEmails?: boolean | null;
  attachDeliveryNoteToEmails?: boolean | null;
}

/** The letterhead's texts (issue 15 D2) and their longest lengths; an empty text clears one. */
const LETTERHEAD_TEXTS = { legalName: 200, legalAddress: 500, vatNumber: 40, companyRegistration: 100, iban: 40, bic: 20, paymentTerms: 500, documentFooter: 1000 } as const;

/** An admin changes store settings; absent fields stay as they are. */
export async function updateSettings(ctx: Ctx, input: SettingsChange): Promise<{ storeSettings: StoreSettings; userErrors: UserError[] }> {
  const settings = await getSettings(ctx.em);
  const keys = ['attachPdfToEmails', 'attachDeliveryNoteToEmails', 'currencyCode', 'autoApproveBuyers', 'showStock', 'reusePreviousShippingCost', 'selfRegistrationEnabled', 'showAccessRequestButton', 'pendingApprovalRecipients', 'pricesIncludeTax', 'taxRounding'] as const;
  // Every setting the audit trail compares before -> after (issue 17 H4).
  const audited = ['storeName', ...keys, 'shippingTaxRateId', ...(Object.keys(LETTERHEAD_TEXTS) as Array<keyof typeof LETTERHEAD_TEXTS>)] as const;
  const show = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const before = Object.fromEntries(audited.map((k) => [k, show((settings as unknown as Record<string, unknown>)[k])]));
  if (input.storeName !== undefined && input.storeName !== null) {
    const name = input.storeName.trim();
    if (!name) return { storeSettings: settings, userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'storeName'])] };
    if (name.length > 200) return { storeSettings: settings, userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'storeName'], { max: 200 })] };
    settings.storeName = name;
  }
  if (input.shippingTaxRateId !== undefined) {
    // null: shipping is taxed at the default rate.
    // The rate is checked in its table directly: settings sit below catalog (no module cycle, decision 41).
    const id = input.shippingTaxRateId ? idOf('TaxRate', input.shippingTaxRateId) : null;
    const [rate] = id ? await ctx.em.execute<Array<{ id: string }>>(`select id from tax_rate where id = ?`, [id]) : [];
    if (input.shippingTaxRateId && !rate) return { storeSettings: settings, userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'shippingTaxRateId'])] };
    settings.shippingTaxRateId = rate?.id ?? null;
  }
  for (const [key, max] of Object.entries(LETTERHEAD_TEXTS) as Array<[keyof typeof LETTERHEAD_TEXTS, number]>) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const text = value.trim();
    if (text.length > max) return { storeSettings: settings, userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', key], { max })] };
    settings[key] = text || null;
  }
  for (const key of keys) {
    if (input[key] !== undefined && input[key] !== null) (settings as unknown as Record<string, unknown>)[key] = input[key];
  }
  const changes = audited
    .map((k) => ({ field: k, before: before[k], after: show((settings as unknown as Record<string, unknown>)[k]) }))
    .filter((c) => c.before !== c.after);
  if (changes.length) await publish(ctx, new StoreSettingsUpdatedEvent(changes));
  await ctx.em.flush();
  return { storeSettings: settings, userErrors: [] };
}
