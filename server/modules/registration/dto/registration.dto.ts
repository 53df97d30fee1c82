import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../../common/connection.js';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { RegistrationRequest, RegistrationStatus } from '../entities/registration-request.entity.js';
import { StoreAccess } from '../../access/index.js';

@InputType({ description: 'A request for store access from the public form.' })
export class RegistrationRequestSubmitInput {
  @Field(() => String, { description: 'Company name.' })
  companyName!: string;

  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;

  @Field(() => String, { description: 'Email; becomes the username on approval.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Phone.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'VAT number, e.g. "BE0123456789".' })
  vatNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Message to the supplier.' })
  message?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language for the answer; defaults to the request\'s language.' })
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Leave empty. (A field hidden from people, to catch bots.)' })
  website?: string | null;
}

@ObjectType({ description: 'Result of submitting an access request.' })
export class RegistrationRequestSubmitPayload {
  @Field(() => Boolean, { description: 'True when the request was received.' })
  received!: boolean;

  @Field(() => [UserError], { description: 'Why the request was refused, if it was.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Approve an access request: link it to an existing customer or create one.' })
export class RegistrationRequestApproveInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'An existing customer to link the applicant to.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Customer number of the new customer (when `customerId` is omitted).' })
  customerNumber?: string | null;
}

@InputType({ description: 'Refuse an access request.' })
export class RegistrationRequestRefuseInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Optional reason, sent to the applicant.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of deciding on an access request.' })
export class RegistrationRequestPayload {
  @Field(() => RegistrationRequest, { nullable: true, description: 'The request.' })
  registrationRequest?: RegistrationRequest | null;

  @Field(() => StoreAccess, { nullable: true, description: 'The access granted on approval.' })
  storeAccess?: StoreAccess | null;

  @Field(() => [UserError], { description: 'Why the decision was refused, if it was.' })
  userErrors!: UserError[];
}

@ArgsType()
export class RegistrationRequestsArgs extends ConnectionArgs {
  @Field(() => RegistrationStatus, { nullable: true, description: 'Only requests in this status (oldest first).' })
  status?: RegistrationStatus | null;
}
