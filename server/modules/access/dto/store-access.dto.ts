import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { StoreAccess, StoreAccessStatus } from '../entities/store-access.entity.js';
import { CustomerFilterInput, VisibilityInput } from '../../customers/index.js';
import { Task } from '../../tasks/index.js';

@InputType({ description: 'Grant store access to one email of a customer (product A3).' })
export class StoreAccessGrantInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;

  @Field(() => String, { description: 'One of the customer\'s contact emails; it becomes the username.' })
  email!: string;

  @Field(() => Language, { nullable: true, description: 'Store language of the new user; defaults to the customer\'s document language.' })
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'A temporary password typed by staff; omit to have one generated.' })
  password?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '"I will hand it over myself" (issue 17, H4): true sends no credentials email; the temporary password is answered once here. Never recorded either way.',
  })
  handOver?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The typed temporary password again; must match `password`.' })
  passwordConfirmation?: string | null;

  @Field(() => VisibilityInput, { nullable: true, description: 'What the customer may see (sets the customer\'s visibility).' })
  visibility?: VisibilityInput | null;

  @Field(() => String, { nullable: true, description: 'A private message shown at the top of the store (sets the customer\'s message).' })
  privateMessage?: string | null;
}

@ObjectType({ description: 'Result of granting store access or regenerating its password.' })
export class StoreAccessCredentialsPayload {
  @Field(() => StoreAccess, { nullable: true, description: 'The access.' })
  storeAccess?: StoreAccess | null;

  @Field(() => String, {
    nullable: true,
    description: 'The temporary password, returned once so staff can also pass it on; it was emailed to the user in the user\'s store language.',
  })
  temporaryPassword?: string | null;

  @Field(() => String, { nullable: true, description: 'A WhatsApp share link with the credentials message in the user\'s store language (product A10).' })
  whatsAppUrl?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was done, if so.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Which store access.' })
export class StoreAccessIdInput {
  @Field(() => ID, { description: 'The store access.' })
  id!: string;
}

@InputType({ description: 'Give a store access a new temporary password.' })
export class StoreAccessRegeneratePasswordInput {
  @Field(() => ID, { description: 'The store access.' })
  id!: string;

  @Field(() => Boolean, { nullable: true, description: '"I will hand it over myself" (issue 17, H4): true sends no email; the new password is answered once here.' })
  handOver?: boolean | null;
}

@InputType({ description: 'Change the store language of an access\'s user (issue 17, H2).' })
export class StoreAccessLanguageUpdateInput {
  @Field(() => ID, { description: 'The store access.' })
  id!: string;

  @Field(() => Language, { description: 'The user\'s store language: the store\'s texts and the user\'s credentials and account emails use it. Order emails keep the customer\'s document language.' })
  language!: Language;
}

@ObjectType({ description: 'Result of a change to a store access.' })
export class StoreAccessPayload {
  @Field(() => StoreAccess, { nullable: true, description: 'The access after the change.' })
  storeAccess?: StoreAccess | null;

  @Field(() => [UserError], { description: 'Why the change was refused, if it was.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Grant access to many customers at once (product A4): each customer\'s primary email, one visibility for all.' })
export class StoreAccessBulkGrantInput {
  @Field(() => String, { description: 'A key the client generates once; repeating the request with it returns the same task.' })
  idempotencyKey!: string;

  @Field(() => [ID], { nullable: true, description: 'The customers; or give `filter` for all customers matching it.' })
  customerIds?: string[] | null;

  @Field(() => CustomerFilterInput, { nullable: true, description: 'All customers matching these filters (used when `customerIds` is empty).' })
  filter?: CustomerFilterInput | null;

  @Field(() => VisibilityInput, { nullable: true, description: 'What every one of these customers may see.' })
  visibility?: VisibilityInput | null;
}

@ObjectType({ description: 'Result of starting a long task.' })
export class TaskPayload {
  @Field(() => Task, { nullable: true, description: 'The task; poll `task(id)` for progress.' })
  task?: Task | null;

  @Field(() => [UserError], { description: 'Why the task was not started, if it was not.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'One email of a customer and where it stands with the store (product A5/A9).' })
export class CustomerEmailAccess {
  @Field(() => String, { description: 'The email.' })
  email!: string;

  @Field(() => StoreAccessStatus, { description: 'NONE when no access was granted to it.' })
  status!: StoreAccessStatus;

  @Field(() => String, { nullable: true, description: 'Phone of the contact with this email, for sending credentials by WhatsApp.' })
  phone?: string | null;

  @Field(() => StoreAccess, { nullable: true, description: 'The access, when one was granted (with its last access date).' })
  storeAccess?: StoreAccess | null;
}
