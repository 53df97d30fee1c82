import { Arg, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { TaxRate, effectiveTaxRate } from '../../catalog/index.js';
import type { Ctx } from '../../../common/context.js';
import { UserError } from '../../../common/errors.js';
import { CurrencyCode } from '../../../common/money.js';
import { PendingApprovalRecipients, StoreSettings, TaxRounding } from '../entities/store-settings.entity.js';
import { getSettings, updateSettings } from '../settings.service.js';

@InputType({ description: 'Changes to the store settings; omitted fields stay as they are.' })
export class StoreSettingsUpdateInput {
  @Field(() => String, { nullable: true, description: 'The supplier\'s name, shown in the store and emails.' })
  storeName?: string | null;

  @Field(() => CurrencyCode, { nullable: true, description: 'Currency of shipping costs and of the default price level.' })
  currencyCode?: CurrencyCode | null;

  @Field(() => Boolean, { nullable: true, description: 'New accesses are active at once (true) or await approval (false).' })
  autoApproveBuyers?: boolean | null;

  @Field(() => PendingApprovalRecipients, { nullable: true, description: 'Who is emailed when an access awaits approval.' })
  pendingApprovalRecipients?: PendingApprovalRecipients | null;

  @Field(() => Boolean, { nullable: true, description: 'Customers see stock.' })
  showStock?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'New orders reuse the customer\'s previous shipping cost.' })
  reusePreviousShippingCost?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The public access-request form accepts requests.' })
  selfRegistrationEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The sign-in page shows a "Request access" button.' })
  showAccessRequestButton?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Prices and shipping costs are shown and entered with VAT (true) or without (false, the B2B norm).' })
  pricesIncludeTax?: boolean | null;

  @Field(() => TaxRounding, { nullable: true, description: 'How VAT is rounded: per line or per rate total.' })
  taxRounding?: TaxRounding | null;

  @Field(() => ID, { nullable: true, description: 'The VAT rate of shipping costs; null: the default rate.' })
  shippingTaxRateId?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal name on documents; empty: the store name. At most 200 characters; an empty text clears it.' })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address on documents. At most 500 characters; an empty text clears it.' })
  legalAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'VAT number on documents. At most 40 characters; an empty text clears it.' })
  vatNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Company registration on documents. At most 100 characters; an empty text clears it.' })
  companyRegistration?: string | null;

  @Field(() => String, { nullable: true, description: 'IBAN on order confirmations. At most 40 characters; an empty text clears it.' })
  iban?: string | null;

  @Field(() => String, { nullable: true, description: 'BIC on order confirmations. At most 20 characters; an empty text clears it.' })
  bic?: string | null;

  @Field(() => String, { nullable: true, description: 'Payment terms on order confirmations. At most 500 characters; an empty text clears it.' })
  paymentTerms?: string | null;

  @Field(() => String, { nullable: true, description: 'Footer text of every document. At most 1000 characters; an empty text clears it.' })
  documentFooter?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The order-confirmation email carries the confirmation (or quote) PDF.' })
  attachPdfToEmails?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The status email sent when an order is shipped carries the delivery note PDF.' })
  attachDeliveryNoteToEmails?: boolean | null;
}

@ObjectType({ description: 'Result of changing the store settings.' })
export class StoreSettingsUpdatePayload {
  @Field(() => StoreSettings, { nullable: true, description: 'The settings after the change.' })
  storeSettings?: StoreSettings | null;

  @Field(() => [UserError], { description: 'Why the change was refused, if it was.' })
  userErrors!: UserError[];
}

@Resolver(() => StoreSettings)
export class SettingsResolver {
  @FieldResolver(() => TaxRate, { nullable: true, description: 'The VAT rate of shipping costs: the one chosen or the default rate; null while the store has no rates.' })
  shippingTaxRate(@Root() settings: StoreSettings, @Context() ctx: Ctx): Promise<TaxRate | null> {
    return effectiveTaxRate(ctx, settings.shippingTaxRateId);
  }

  @Query(() => StoreSettings, { description: 'The store\'s settings; public, as the sign-in page shows the store name and the access-request button.' })
  storeSettings(@Context() ctx: Ctx): Promise<StoreSettings> {
    return getSettings(ctx.em);
  }

  @Authorized('ADMIN')
  @Mutation(() => StoreSettingsUpdatePayload, { description: 'Changes the store settings (admins only).' })
  async storeSettingsUpdate(
    @Arg('input', () => StoreSettingsUpdateInput, { description: 'What to do; see the input type.' }) input: StoreSettingsUpdateInput,
    @Context() ctx: Ctx,
  ): Promise<StoreSettingsUpdatePayload> {
    return Object.assign(new StoreSettingsUpdatePayload(), await updateSettings(ctx, input));
  }
}
