import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { Language } from '../../../common/language.js';
import { PriceLevel, StorageLocation, Brand, Manufacturer, Season, Tag } from '../../catalog/index.js';
import type { Contact } from './contact.entity.js';
import type { DeliverySite } from './delivery-site.entity.js';

export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  EXCLUDED = 'EXCLUDED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'Whether a customer may use the store.',
  valuesConfig: {
    ACTIVE: { description: 'Normal: its users may browse and order.' },
    EXCLUDED: { description: 'Temporarily excluded (e.g. unpaid invoices): its users see why and cannot order.' },
    ARCHIVED: { description: 'No longer a customer; kept for history.' },
  },
});

export enum TaxExemption {
  REVERSE_CHARGE = 'REVERSE_CHARGE',
  EXPORT = 'EXPORT',
}
registerEnumType(TaxExemption, {
  name: 'TaxExemption',
  description: 'Why a customer pays no VAT (issue 15, D1).',
  valuesConfig: {
    REVERSE_CHARGE: { description: 'Intra-EU supply to a business with a VAT number: the customer accounts for the VAT (reverse charge).' },
    EXPORT: { description: 'Export outside the VAT area.' },
  },
});

@Entity({ tableName: 'customer' })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@ObjectType({ implements: Node, description: 'A business customer of the supplier (a company with a customer number).' })
export class Customer extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Company name.' })
  name!: string;

  @Unique()
  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: 'The supplier\'s customer number, unique.' })
  customerNumber!: string;

  @Enum({ items: () => Language, nativeEnumName: 'language' })
  @Field(() => Language, { description: 'Language of documents and emails sent to this customer.' })
  documentLanguage: Language & Opt = Language.EN;

  @ManyToOne(() => PriceLevel, { nullable: true, deleteRule: 'set null' })
  priceLevel?: Rel<PriceLevel> | null;

  @ManyToOne(() => StorageLocation, { nullable: true, deleteRule: 'set null' })
  storageLocation?: Rel<StorageLocation> | null;

  @Enum({ items: () => CustomerStatus, nativeEnumName: 'customer_status' })
  @Field(() => CustomerStatus, { description: 'Whether the customer may use the store.' })
  status: CustomerStatus & Opt = CustomerStatus.ACTIVE;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the customer is excluded, shown to its users.' })
  exclusionReason?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A private message shown at the top of the store to this customer\'s users.' })
  privateMessage?: string | null;

  // VAT (issue 15, D1; decision 35).

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'The customer\'s VAT number, e.g. "FR12345678901"; required for the reverse charge.' })
  vatNumber?: string | null;

  @Enum({ items: () => TaxExemption, type: 'string', length: 20, nullable: true })
  @Field(() => TaxExemption, { nullable: true, description: 'Why the customer pays no VAT; null: it pays VAT.' })
  taxExemption?: TaxExemption | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'The legal mention printed on its documents instead of VAT, e.g. "Autoliquidation, art. 196 directive 2006/112/CE".' })
  taxExemptionMention?: string | null;

  @OneToMany({ entity: 'Contact', mappedBy: 'customer' })
  contacts = new Collection<Contact>(this);

  @OneToMany({ entity: 'DeliverySite', mappedBy: 'customer' })
  deliverySites = new Collection<DeliverySite>(this);

  // Visibility (product C2): empty lists mean no restriction on that dimension.
  @ManyToMany(() => Tag, undefined, { pivotTable: 'customer_visible_tag', owner: true })
  visibleTags = new Collection<Tag>(this);

  @ManyToMany(() => Season, undefined, { pivotTable: 'customer_visible_season', owner: true })
  visibleSeasons = new Collection<Season>(this);

  @ManyToMany(() => Brand, undefined, { pivotTable: 'customer_visible_brand', owner: true })
  visibleBrands = new Collection<Brand>(this);

  @ManyToMany(() => Manufacturer, undefined, { pivotTable: 'customer_visible_manufacturer', owner: true })
  visibleManufacturers = new Collection<Manufacturer>(this);
}
