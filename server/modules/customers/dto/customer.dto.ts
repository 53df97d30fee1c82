import { DateTimeISOResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../../common/connection.js';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { Customer, CustomerStatus, TaxExemption } from '../entities/customer.entity.js';
import { StoreAccessStatus } from '../../../common/store-access-status.js';
import { Brand, Manufacturer, Season, Tag } from '../../catalog/index.js';

@InputType({ description: 'A contact of a customer.' })
export class ContactInput {
  @Field(() => ID, { nullable: true, description: 'The existing contact to keep and change; omit for a new contact.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType({ description: 'A delivery address of a customer.' })
export class DeliverySiteInput {
  @Field(() => ID, { nullable: true, description: 'The existing site to keep and change; omit for a new site.' })
  id?: string | null;

  @Field(() => String, { description: 'Short name, e.g. "Main restaurant".' })
  name!: string;

  @Field(() => String, { description: 'Street and number.' })
  street!: string;

  @Field(() => String, { description: 'Postal code.' })
  postalCode!: string;

  @Field(() => String, { description: 'City.' })
  city!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. "BE".' })
  country!: string;
}

@InputType({ description: 'What a customer may see; an empty list means no restriction on that dimension, an omitted one stays unchanged.' })
export class VisibilityInput {
  @Field(() => [ID], { nullable: true, description: 'Allowed tags.' })
  tagIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Allowed seasons.' })
  seasonIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Allowed brands.' })
  brandIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Allowed manufacturers.' })
  manufacturerIds?: string[] | null;
}

@ObjectType({ description: 'What a customer may see (product C2); an empty list means no restriction on that dimension.' })
export class CustomerVisibility {
  @Field(() => [Tag], { description: 'Allowed tags.' })
  tags!: Tag[];

  @Field(() => [Season], { description: 'Allowed seasons.' })
  seasons!: Season[];

  @Field(() => [Brand], { description: 'Allowed brands.' })
  brands!: Brand[];

  @Field(() => [Manufacturer], { description: 'Allowed manufacturers.' })
  manufacturers!: Manufacturer[];
}

@InputType({ description: 'A new customer.' })
export class CustomerCreateInput {
  @Field(() => String, { description: 'Company name.' })
  name!: string;

  @Field(() => String, { description: 'Customer number, unique.' })
  customerNumber!: string;

  @Field(() => Language, { nullable: true, description: 'Language of documents and emails (default English).' })
  documentLanguage?: Language | null;

  @Field(() => ID, { nullable: true, description: 'Price level; the store\'s default level when omitted.' })
  priceLevelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Storage location; the default location when omitted.' })
  storageLocationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Private message shown at the top of the store to this customer.' })
  privateMessage?: string | null;

  @Field(() => String, { nullable: true, description: 'VAT number; null or empty removes it.' })
  vatNumber?: string | null;

  @Field(() => TaxExemption, { nullable: true, description: 'Why the customer pays no VAT; null: it pays VAT. REVERSE_CHARGE needs a VAT number.' })
  taxExemption?: TaxExemption | null;

  @Field(() => String, { nullable: true, description: 'Legal mention printed instead of VAT (up to 500 characters); null or empty removes it.' })
  taxExemptionMention?: string | null;

  @Field(() => [ContactInput], { nullable: true, description: 'Contacts; the first one is the primary contact.' })
  contacts?: ContactInput[] | null;

  @Field(() => [DeliverySiteInput], { nullable: true, description: 'Delivery sites; the first one is the default.' })
  deliverySites?: DeliverySiteInput[] | null;

  @Field(() => VisibilityInput, { nullable: true, description: 'What the customer may see; everything when omitted.' })
  visibility?: VisibilityInput | null;
}

@InputType({ description: 'Changes to a customer; omitted fields stay as they are.' })
export class CustomerUpdateInput {
  @Field(() => ID, { description: 'The customer.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Company name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Customer number, unique (editable inline in the hub).' })
  customerNumber?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language of documents and emails.' })
  documentLanguage?: Language | null;

  @Field(() => ID, { nullable: true, description: 'Price level; null sets the store\'s default level.' })
  priceLevelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Storage location; null sets the default location.' })
  storageLocationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Private message; null or empty removes it.' })
  privateMessage?: string | null;

  @Field(() => String, { nullable: true, description: 'VAT number; null or empty removes it.' })
  vatNumber?: string | null;

  @Field(() => TaxExemption, { nullable: true, description: 'Why the customer pays no VAT; null: it pays VAT. REVERSE_CHARGE needs a VAT number.' })
  taxExemption?: TaxExemption | null;

  @Field(() => String, { nullable: true, description: 'Legal mention printed instead of VAT (up to 500 characters); null or empty removes it.' })
  taxExemptionMention?: string | null;

  @Field(() => [ContactInput], { nullable: true, description: 'The full list of contacts (replaces the current one); the first is the primary contact.' })
  contacts?: ContactInput[] | null;

  @Field(() => [DeliverySiteInput], { nullable: true, description: 'The full list of delivery sites (replaces the current one).' })
  deliverySites?: DeliverySiteInput[] | null;

  @Field(() => VisibilityInput, { nullable: true, description: 'What the customer may see.' })
  visibility?: VisibilityInput | null;
}

@ObjectType({ description: 'Result of a change to a customer.' })
export class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer, as it is after the change (or unchanged when refused).' })
  customer?: Customer | null;

  @Field(() => [UserError], { description: 'Why the change was refused, if it was.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Exclude a customer from the store temporarily.' })
export class CustomerExcludeInput {
  @Field(() => ID, { description: 'The customer.' })
  id!: string;

  @Field(() => String, { description: 'Why, shown to the customer\'s users (e.g. "unpaid invoices").' })
  reason!: string;
}

@InputType({ description: 'Lift a customer\'s exclusion.' })
export class CustomerExclusionLiftInput {
  @Field(() => ID, { description: 'The customer.' })
  id!: string;
}

@InputType({ description: 'Which customers: the same filters as the customer list.' })
export class CustomerFilterInput {
  @Field(() => String, { nullable: true, description: 'Search in name, customer number and contact emails.' })
  query?: string | null;

  @Field(() => CustomerStatus, { nullable: true, description: 'Only customers in this status.' })
  status?: CustomerStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only customers with this own price level.' })
  priceLevelId?: string | null;

  @Field(() => Language, { nullable: true, description: 'Only customers with this document language.' })
  language?: Language | null;

  @Field(() => StoreAccessStatus, { nullable: true, description: 'Only customers with an access in this status; NONE: customers without any access.' })
  accessStatus?: StoreAccessStatus | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      'Delta sync: only customers changed (details, contacts, delivery sites, visibility, exclusion) at or after this instant, sorted oldest change first by (updatedAt, id) instead of by name. Start the next sync a minute before the last `updatedAt` seen (see docs/integration.md).',
  })
  updatedSince?: Date | null;
}

@ArgsType()
export class CustomersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Search in name, customer number and contact emails.' })
  query?: string | null;

  @Field(() => CustomerStatus, { nullable: true, description: 'Only customers in this status.' })
  status?: CustomerStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only customers with this own price level.' })
  priceLevelId?: string | null;

  @Field(() => Language, { nullable: true, description: 'Only customers with this document language.' })
  language?: Language | null;

  @Field(() => StoreAccessStatus, { nullable: true, description: 'Only customers with an access in this status; NONE: customers without any access.' })
  accessStatus?: StoreAccessStatus | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      'Delta sync: only customers changed (details, contacts, delivery sites, visibility, exclusion) at or after this instant, sorted oldest change first by (updatedAt, id) instead of by name. Start the next sync a minute before the last `updatedAt` seen (see docs/integration.md).',
  })
  updatedSince?: Date | null;
}
