import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CurrencyCode } from '../../../common/money.js';

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
}
