import { Field, Int, ObjectType } from 'type-graphql';

/** The columns a product's quantity rules come from (an entity or a catalog record). */
export interface QuantityRuleSource {
  readonly packSize: number;
  readonly minQuantity?: number | null;
  readonly maxQuantity?: number | null;
  readonly orderIncrement?: number | null;
}

/**
 * What quantities one order line of a product may hold (issue 19 B2, decision 0049): a multiple of
 * `increment` (the pack size unless the supplier sets a larger multiple of it), at least `minimum`
 * (one increment unless set), at most `maximum` when set.
 */
@ObjectType({ description: 'The quantities one order line of a product may hold: multiples of `increment`, from `minimum`, up to `maximum` when set.' })
export class QuantityRules {
  @Field(() => Int, { description: 'Smallest quantity of a line (the product\'s minimum, or one increment).' })
  minimum!: number;

  @Field(() => Int, { nullable: true, description: 'Largest quantity of a line; null: no limit of the product\'s own.' })
  maximum!: number | null;

  @Field(() => Int, { description: 'Quantities are multiples of it: the product\'s order increment, or its pack size.' })
  increment!: number;

  @Field(() => Int, { description: 'Units per pack (the increment is a multiple of it).' })
  packSize!: number;
}

export function quantityRules(p: QuantityRuleSource): QuantityRules {
  const increment = p.orderIncrement ?? p.packSize;
  const minimum = Math.max(p.minQuantity ?? increment, increment);
  return Object.assign(new QuantityRules(), { minimum, maximum: p.maxQuantity ?? null, increment, packSize: p.packSize });
}

export type QuantityViolation =
  | { code: 'QUANTITY_NOT_PACK_MULTIPLE'; vars: { packSize: number; suggested: number } }
  | { code: 'QUANTITY_NOT_INCREMENT'; vars: { increment: number; suggested: number } }
  | { code: 'QUANTITY_BELOW_MINIMUM'; vars: { minimum: number; suggested: number } }
  | { code: 'QUANTITY_ABOVE_MAXIMUM'; vars: { maximum: number; suggested: number } };

/**
 * Why this quantity breaks the product's rules, with the nearest valid quantity named (never
 * silently rounded, decision 0015); null when it keeps them. The pack size's own message is kept
 * when the increment is the pack size.
 */
export function quantityViolation(quantity: number, source: QuantityRuleSource): QuantityViolation | null {
  const r = quantityRules(source);
  if (quantity % r.increment !== 0) {
    const suggested = Math.max(r.minimum, Math.ceil(quantity / r.increment) * r.increment);
    return r.increment === r.packSize
      ? { code: 'QUANTITY_NOT_PACK_MULTIPLE', vars: { packSize: r.packSize, suggested } }
      : { code: 'QUANTITY_NOT_INCREMENT', vars: { increment: r.increment, suggested } };
  }
  if (quantity < r.minimum) return { code: 'QUANTITY_BELOW_MINIMUM', vars: { minimum: r.minimum, suggested: r.minimum } };
  if (r.maximum !== null && quantity > r.maximum) {
    return { code: 'QUANTITY_ABOVE_MAXIMUM', vars: { maximum: r.maximum, suggested: Math.max(r.minimum, Math.floor(r.maximum / r.increment) * r.increment) } };
  }
  return null;
}

/** The largest quantity a line may reach by adding (the product's maximum, else the cart's limit, in whole increments). */
export function largestQuantity(source: QuantityRuleSource, cartLimit: number): number {
  const r = quantityRules(source);
  const cap = Math.min(r.maximum ?? cartLimit, cartLimit);
  return Math.floor(cap / r.increment) * r.increment;
}

/**
 * The supplier's settings checked together (hub form, import, sync): the increment a multiple of
 * the pack size, the minimum a multiple of the increment, the maximum not below the minimum.
 * Returns the name of the field at fault, or null.
 */
export function quantityRulesProblem(p: QuantityRuleSource): 'orderIncrement' | 'minQuantity' | 'maxQuantity' | null {
  const positive = (n: number | null | undefined) => n == null || (Number.isInteger(n) && n >= 1 && n <= 100_000);
  if (!positive(p.orderIncrement) || (p.orderIncrement != null && p.orderIncrement % p.packSize !== 0)) return 'orderIncrement';
  const increment = p.orderIncrement ?? p.packSize;
  if (!positive(p.minQuantity) || (p.minQuantity != null && p.minQuantity % increment !== 0)) return 'minQuantity';
  if (!positive(p.maxQuantity) || (p.maxQuantity != null && p.maxQuantity < Math.max(p.minQuantity ?? increment, increment))) return 'maxQuantity';
  return null;
}
