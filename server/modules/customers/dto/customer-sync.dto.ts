import { Field, InputType, ObjectType } from 'type-graphql';
import { ATOMIC_OPTIONS, SyncPayload } from '../../../common/bulk-sync.js';

@InputType({ description: 'A contact of a synced customer; matched to a stored contact by email, else by name.' })
export class CustomerSyncContact {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address (the key of the contact when given).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType({ description: 'A delivery site of a synced customer; matched to a stored site by name (case aside), so orders keep pointing at the same site.' })
export class CustomerSyncDeliverySite {
  @Field(() => String, { description: 'Short name, e.g. "Main restaurant" (the key of the site).' })
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

@InputType({ description: 'What a synced customer may see, by names (case aside); an empty list means no restriction, an omitted one stays unchanged.' })
export class CustomerSyncVisibility {
  @Field(() => [String], { nullable: true, description: 'Allowed tags, by name.' })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Allowed seasons, by name.' })
  seasons?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Allowed brands, by name.' })
  brands?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Allowed manufacturers, by name.' })
  manufacturers?: string[] | null;
}

@InputType({ description: 'A customer as the ERP knows it, keyed by customer number. An omitted field stays as it is; new customers take the defaults.' })
export class CustomerSyncItem {
  @Field(() => String, { description: 'The customer number (the ERP\'s key); a new number creates the customer.' })
  customerNumber!: string;

  @Field(() => String, { nullable: true, description: 'Company name; required for a new customer.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of documents and emails: en, fr, nl, de, pt (Portugal), pt-BR (Brazil) or es (case aside; "fr-BE" is French, "pt-PT" is pt).' })
  documentLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'Price level code (case aside); null: the store\'s default level.' })
  priceLevelCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Storage location code (case aside); null: the default location.' })
  storageLocationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Private message shown at the top of the store to this customer; null or empty removes it.' })
  privateMessage?: string | null;

  @Field(() => [CustomerSyncContact], { nullable: true, description: 'The full list of contacts (replaces the stored one); the first is the primary contact.' })
  contacts?: CustomerSyncContact[] | null;

  @Field(() => [CustomerSyncDeliverySite], { nullable: true, description: 'The full list of delivery sites (replaces the stored one); the first is the default.' })
  deliverySites?: CustomerSyncDeliverySite[] | null;

  @Field(() => CustomerSyncVisibility, { nullable: true, description: 'What the customer may see.' })
  visibility?: CustomerSyncVisibility | null;
}

@InputType({ description: 'Customers to create or change by customer number.' })
export class CustomersUpsertInput {
  @Field(() => [CustomerSyncItem], { description: 'At most 10,000 items, each customer number once.' })
  items!: CustomerSyncItem[];

  @Field(() => Boolean, ATOMIC_OPTIONS)
  atomic?: boolean | null;
}

@ObjectType({ description: 'Result of customersUpsert.' })
export class CustomersUpsertPayload extends SyncPayload {}
