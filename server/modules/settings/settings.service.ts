import { publish } from '../../common/events.js';
import { StoreSettingsUpdatedEvent } from './events/store-settings-updated.event.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import type { CurrencyCode } from '../../common/money.js';
import { StoreSettings, type PendingApprovalRecipients } from './entities/store-settings.entity.js';

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
}

/** An admin changes store settings; absent fields stay as they are. */
export async function updateSettings(ctx: Ctx, input: SettingsChange): Promise<{ storeSettings: StoreSettings; userErrors: UserError[] }> {
  const settings = await getSettings(ctx.em);
  const keys = ['storeName', 'currencyCode', 'autoApproveBuyers', 'showStock', 'reusePreviousShippingCost', 'selfRegistrationEnabled', 'showAccessRequestButton', 'pendingApprovalRecipients'] as const;
  const show = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const before = Object.fromEntries(keys.map((k) => [k, show((settings as unknown as Record<string, unknown>)[k])]));
  if (input.storeName !== undefined && input.storeName !== null) {
    const name = input.storeName.trim();
    if (!name) return { storeSettings: settings, userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'storeName'])] };
    if (name.length > 200) return { storeSettings: settings, userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'storeName'], { max: 200 })] };
    settings.storeName = name;
  }
  for (const key of ['currencyCode', 'autoApproveBuyers', 'showStock', 'reusePreviousShippingCost', 'selfRegistrationEnabled', 'showAccessRequestButton', 'pendingApprovalRecipients'] as const) {
    if (input[key] !== undefined && input[key] !== null) (settings as unknown as Record<string, unknown>)[key] = input[key];
  }
  const changes = keys
    .map((k) => ({ field: k, before: before[k], after: show((settings as unknown as Record<string, unknown>)[k]) }))
    .filter((c) => c.before !== c.after);
  if (changes.length) await publish(ctx, new StoreSettingsUpdatedEvent(changes));
  await ctx.em.flush();
  return { storeSettings: settings, userErrors: [] };
}
