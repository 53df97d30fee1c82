import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { StoreAccess } from '../entities/store-access.entity.js';

@InputType({ description: 'Grant store access to one email of a customer.' })
export class StoreAccessGrantInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;

  @Field(() => String, { description: 'One of the customer\'s contact emails; it becomes the username.' })
  email!: string;

  @Field(() => Language, { nullable: true, description: 'Store language of the new user; defaults to the customer\'s document language.' })
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'A temporary password typed by staff; omit to have one generated.' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'The typed temporary password again; must match `password`.' })
  passwordConfirmation?: string | null;
}

@ObjectType({ description: 'Result of granting store access.' })
export class StoreAccessGrantPayload {
  @Field(() => StoreAccess, { nullable: true, description: 'The new access.' })
  storeAccess?: StoreAccess | null;

  @Field(() => String, {
    nullable: true,
    description: 'The temporary password, returned once so staff can also pass it on by phone; it was emailed to the user.',
  })
  temporaryPassword?: string | null;

  @Field(() => [UserError], { description: 'Why access was not granted, if it was not.' })
  userErrors!: UserError[];
}
