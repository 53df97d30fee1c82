// "Why can customer X not see product Y?" (hub explainer). It reads the customer's visibility
// rules, so it lives with them in the customers module (which already depends on catalog), not in
// catalog: that import made catalog <-> customers a module cycle (decision 41).
import { Arg, Authorized, Ctx as Context, Field, ID, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { explainVisibility } from '../visibility-explain.service.js';

export enum VisibilityRule {
  PRODUCT_INACTIVE = 'PRODUCT_INACTIVE',
  BRAND_NOT_ALLOWED = 'BRAND_NOT_ALLOWED',
  SEASON_NOT_ALLOWED = 'SEASON_NOT_ALLOWED',
  TAG_NOT_ALLOWED = 'TAG_NOT_ALLOWED',
  MANUFACTURER_NOT_ALLOWED = 'MANUFACTURER_NOT_ALLOWED',
  NO_PRICE = 'NO_PRICE',
}
registerEnumType(VisibilityRule, {
  name: 'VisibilityRule',
  description: 'A rule that hides a product from a customer or makes it not orderable.',
  valuesConfig: {
    PRODUCT_INACTIVE: { description: 'The product is deactivated.' },
    BRAND_NOT_ALLOWED: { description: 'The customer may only see other brands.' },
    SEASON_NOT_ALLOWED: { description: 'The customer may only see other seasons.' },
    TAG_NOT_ALLOWED: { description: 'The product has none of the tags the customer may see.' },
    MANUFACTURER_NOT_ALLOWED: { description: 'The customer may only see other manufacturers.' },
    NO_PRICE: { description: 'No price in the customer\'s price level: visible but not orderable.' },
  },
});

@ObjectType({ description: 'One reason a product is hidden from a customer or not orderable.' })
export class VisibilityReason {
  @Field(() => VisibilityRule, { description: 'The rule.' })
  rule!: VisibilityRule;

  @Field(() => String, { description: 'The rule explained with the values involved, in the viewer\'s language.' })
  message!: string;
}

@ObjectType({ description: 'Why a customer can or cannot see and order a product (hub explainer).' })
export class VisibilityExplanation {
  @Field(() => Boolean, { description: 'True when the customer sees the product.' })
  visible!: boolean;

  @Field(() => Boolean, { description: 'True when the customer can also order it.' })
  orderable!: boolean;

  @Field(() => [VisibilityReason], { description: 'Every rule in the way; empty when visible and orderable.' })
  reasons!: VisibilityReason[];
}

@Resolver()
export class VisibilityExplainResolver {
  @Authorized('STAFF')
  @Query(() => VisibilityExplanation, { description: 'Why customer X can or cannot see product Y: names the rules that hide it (staff only).' })
  async productVisibilityExplain(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('productId', () => ID, { description: 'The product.' }) productId: string,
    @Context() ctx: Ctx,
  ): Promise<VisibilityExplanation> {
    const r = await explainVisibility(ctx, customerId, productId);
    return Object.assign(new VisibilityExplanation(), { ...r, reasons: r.reasons.map((x) => Object.assign(new VisibilityReason(), x)) });
  }
}
