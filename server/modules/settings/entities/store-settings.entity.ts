import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Authorized, Field, ObjectType, registerEnumType } from 'type-graphql';
import { CurrencyCode } from '../../../common/money.js';
import { Language } from '../../../common/language.js';

export enum PendingApprovalRecipients {
  ADMINS = 'ADMINS',
  NOBODY = 'NOBODY',
}
registerEnumType(PendingApprovalRecipients, {
  name: 'PendingApprovalRecipients',
  description: 'Who is emailed when a store access awaits approval.',
  valuesConfig: {
    ADMINS: { description: 'Every active admin, each in their language.' },
    NOBODY: { description: 'Nobody: staff see waiting accesses in the hub\'s bell only.' },
  },
});

export enum TaxRounding {
  PER_LINE = 'PER_LINE',
  PER_TOTAL = 'PER_TOTAL',
}
registerEnumType(TaxRounding, {
  name: 'TaxRounding',
  description: 'How VAT is rounded to the cent (decision 35).',
  valuesConfig: {
    PER_LINE: { description: 'Each line\'s VAT is rounded, then the rounded amounts are added up per rate.' },
    PER_TOTAL: { description: 'The lines of a rate are added up first; the VAT of each rate is rounded once.' },
  },
});

/** The store's settings: one row (id 1). */
@Entity({ tableName: 'store_settings' })
@ObjectType({ description: 'Settings of the store, changed by admins.' })
export class StoreSettings {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number & Opt = 1;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'The supplier\'s name, shown in the store and in emails.' })
  storeName: string & Opt = 'Comptoir';

  @Property({ type: 'string', length: 3 })
  @Field(() => CurrencyCode, { description: 'Currency of shipping costs and of the default price level.' })
  currencyCode: CurrencyCode & Opt = CurrencyCode.EUR;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'When on, new store accesses are active at once; when off, they await approval.' })
  autoApproveBuyers: boolean & Opt = true;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'When on, the public access-request form accepts requests (product R1).' })
  selfRegistrationEnabled: boolean & Opt = false;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'When on, the sign-in page shows a "Request access" button leading to the form.' })
  showAccessRequestButton: boolean & Opt = false;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'When on, customers see the stock of their storage location.' })
  showStock: boolean & Opt = true;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'When on, a new order reuses the shipping cost of the customer\'s previous order.' })
  reusePreviousShippingCost: boolean & Opt = false;

  @Enum({ items: () => PendingApprovalRecipients, type: 'string', length: 20 })
  @Field(() => PendingApprovalRecipients, { description: 'Who is emailed when a store access awaits approval.' })
  pendingApprovalRecipients: PendingApprovalRecipients & Opt = PendingApprovalRecipients.ADMINS;

  @Enum({ items: () => Language, nativeEnumName: 'language' })
  @Field(() => Language, { description: 'The catalog language: product names and descriptions in it are required, other languages fall back to it (issue 16).' })
  catalogLanguage: Language & Opt = Language.EN;

  // VAT (issue 15, D1; decision 35).

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False (the B2B norm): prices and shipping costs are shown and entered without VAT; true: with VAT.' })
  pricesIncludeTax: boolean & Opt = false;

  @Enum({ items: () => TaxRounding, type: 'string', length: 10 })
  @Field(() => TaxRounding, { description: 'How VAT is rounded to the cent: per line or per rate total.' })
  taxRounding: TaxRounding & Opt = TaxRounding.PER_LINE;

  /** The rate of shipping costs; null: the default rate. Read through `shippingTaxRate`. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'shipping_tax_rate_id' })
  shippingTaxRateId?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: "The supplier's legal name on its documents (the store name when empty)." })
  legalName?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: "The supplier's postal address on its documents (several lines)." })
  legalAddress?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: "The supplier's VAT number on its documents." })
  vatNumber?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: "The supplier's company registration (e.g. SIREN, KvK, HRB) on its documents." })
  companyRegistration?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: 'Bank account (IBAN) printed on order confirmations.' })
  iban?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: 'Bank identifier (BIC) printed with the IBAN.' })
  bic?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: 'Payment terms printed on order confirmations, e.g. "30 days net".' })
  paymentTerms?: string | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Authorized('STAFF')
  @Field(() => String, { nullable: true, description: 'Free text at the foot of every PDF document.' })
  documentFooter?: string | null;

  /** The letterhead's logo (PNG or JPEG), read only when a document is drawn. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  logo?: Buffer | null;

  @Property({ type: 'string', length: 40, nullable: true })
  logoContentType?: string | null;

  @Property({ type: 'boolean' })
  @Authorized('STAFF')
  @Field(() => Boolean, { description: 'When on, the order-confirmation email carries the order confirmation (or quote) as PDF.' })
  attachPdfToEmails: boolean & Opt = true;

  @Property({ type: 'boolean' })
  @Authorized('STAFF')
  @Field(() => Boolean, { description: 'When on, the status email sent when an order is shipped carries its delivery note as PDF.' })
  attachDeliveryNoteToEmails: boolean & Opt = true;

  /** Whether a logo is set (the logo's bytes are lazy); staff only. */
  @Authorized('STAFF')
  @Field(() => Boolean, { description: 'Whether the letterhead has a logo (uploaded with POST /api/settings/logo).' })
  get hasLogo(): boolean & Opt {
    return !!this.logoContentType;
  }
}
