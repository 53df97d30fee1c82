import { Arg, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { UserError } from '../../../common/errors.js';
import { Product } from '../entities/product.entity.js';
import { TaxRate } from '../entities/tax-rate.entity.js';
import { createTaxRate, deleteTaxRate, effectiveTaxRate, listTaxRates, updateTaxRate } from '../tax-rate.service.js';

@InputType({ description: 'A new VAT rate.' })
export class TaxRateCreateInput {
  @Field(() => String, { description: 'Name shown on orders and documents, unique, e.g. "TVA 20 %".' })
  name!: string;

  @Field(() => String, { description: 'The rate as a decimal percentage from 0 to 99.9999, e.g. "20" or "5.5" (a decimal comma is accepted).' })
  percentage!: string;

  @Field(() => Boolean, { nullable: true, description: 'True makes it the default rate (the first rate is the default anyway).' })
  isDefault?: boolean | null;
}

@InputType({ description: 'Changes to a VAT rate; omitted fields stay as they are. Orders already placed keep the rate they were placed with.' })
export class TaxRateUpdateInput {
  @Field(() => ID, { description: 'The rate.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New percentage, e.g. "5.5".' })
  percentage?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True makes it the default and unsets the previous one; false on the default is refused (DEFAULT_REQUIRED).' })
  isDefault?: boolean | null;
}

@InputType({ description: 'The rate to delete.' })
export class TaxRateDeleteInput {
  @Field(() => ID, { description: 'The rate.' })
  id!: string;
}

@ObjectType({ description: 'Result of creating or changing a VAT rate.' })
export class TaxRatePayload {
  @Field(() => TaxRate, { nullable: true, description: 'The rate.' })
  taxRate?: TaxRate | null;

  @Field(() => [UserError], { description: 'Why nothing was saved, if so.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleting a VAT rate.' })
export class TaxRateDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted rate.' })
  deletedTaxRateId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted (DEFAULT_REQUIRED: the default rate goes last).' })
  userErrors!: UserError[];
}

const INPUT = { description: 'What to do; see the input type.' };

/** VAT rates (issue 15, D1): admins and CATALOG_MANAGE tokens manage them (an accounting matter, like the settings; sales read them); anyone who sees a product sees its rate. */
@Resolver(() => Product)
export class TaxRateResolver {
  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [TaxRate], { description: 'Every VAT rate, lowest first.' })
  taxRates(@Context() ctx: Ctx): Promise<TaxRate[]> {
    return listTaxRates(ctx);
  }

  @Authorized('ADMIN', 'CATALOG_MANAGE')
  @Mutation(() => TaxRatePayload, { description: 'Adds a VAT rate (admins and CATALOG_MANAGE tokens).' })
  async taxRateCreate(@Arg('input', () => TaxRateCreateInput, INPUT) input: TaxRateCreateInput, @Context() ctx: Ctx): Promise<TaxRatePayload> {
    return Object.assign(new TaxRatePayload(), await createTaxRate(ctx, input));
  }

  @Authorized('ADMIN', 'CATALOG_MANAGE')
  @Mutation(() => TaxRatePayload, { description: 'Changes a VAT rate (admins and CATALOG_MANAGE tokens); future orders use the change, placed ones keep theirs.' })
  async taxRateUpdate(@Arg('input', () => TaxRateUpdateInput, INPUT) input: TaxRateUpdateInput, @Context() ctx: Ctx): Promise<TaxRatePayload> {
    return Object.assign(new TaxRatePayload(), await updateTaxRate(ctx, input));
  }

  @Authorized('ADMIN', 'CATALOG_MANAGE')
  @Mutation(() => TaxRateDeletePayload, { description: 'Deletes a VAT rate (admins and CATALOG_MANAGE tokens): its products fall back to the default rate; the default rate goes last.' })
  async taxRateDelete(@Arg('input', () => TaxRateDeleteInput, INPUT) input: TaxRateDeleteInput, @Context() ctx: Ctx): Promise<TaxRateDeletePayload> {
    return Object.assign(new TaxRateDeletePayload(), await deleteTaxRate(ctx, input));
  }

  @FieldResolver(() => TaxRate, { nullable: true, description: 'Its VAT rate: its own or, when it has none, the default rate; null while the store has no rates.' })
  taxRate(@Root() product: Product, @Context() ctx: Ctx): Promise<TaxRate | null> {
    return effectiveTaxRate(ctx, product.taxRate?.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the product has no rate of its own and is taxed at the default rate.' })
  taxRateIsDefault(@Root() product: Product): boolean {
    return !product.taxRate;
  }
}
