import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../../common/connection.js';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { Customer } from '../entities/customer.entity.js';

@InputType({ description: 'A contact of a customer.' })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
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

  @Field(() => [ContactInput], { nullable: true, description: 'Contacts; the first one is the primary contact.' })
  contacts?: ContactInput[] | null;
}

@ObjectType({ description: 'Result of creating a customer.' })
export class CustomerCreatePayload {
  @Field(() => Customer, { nullable: true, description: 'The new customer.' })
  customer?: Customer | null;

  @Field(() => [UserError], { description: 'Why the customer was not created, if it was not.' })
  userErrors!: UserError[];
}

@ArgsType()
export class CustomersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Search in name, customer number and contact emails.' })
  query?: string | null;
}
