import { Arg, Args, Authorized, Ctx as Context, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection } from '../../../common/connection.js';
import { DecimalScalar, Money, decimal, type CurrencyCode } from '../../../common/money.js';
import { loader } from '../../../common/context.js';
import { normalizePercentage } from '../../../common/tax.js';
import { getSettings } from '../../settings/index.js';
import { TaxLine, cartTax, taxLinesOf } from '../order-tax.js';
import { normalizeAmount, priceLoader, Product, catalogView } from '../../catalog/index.js';
import { Customer, TaxExemption } from '../../customers/index.js';
import { ShopUser } from '../../access/index.js';
import { Cart, CartLine } from '../entities/cart.entity.js';
import { Order, OrderLine } from '../entities/order.entity.js';
import { CartLinesAddInput, CartLinesUpdateInput, CartPayload, OrderPlaceInput, OrderPlacePayload, OrdersArgs } from '../dto/ordering.dto.js';
import * as carts from '../cart.service.js';
import * as orders from '../order.service.js';
import { ActivityKind, recordActivity } from '../../activity/index.js';
import { byIdLoader } from '../../../common/loaders.js';

@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderConnection extends Connection(Order, 'Order', 'Orders, newest first.') {}

@Resolver(() => Cart)
export class CartResolver {
  @Authorized('SHOP', 'STAFF')
  @Query(() => Cart, { description: 'The signed-in shop user\'s cart for the customer it acts for; for staff viewing the store as a customer, their own cart for that customer (ordering on its behalf).' })
  cart(@Context() ctx: Ctx): Promise<Cart> {
    return carts.getCart(ctx);
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => CartPayload, { description: 'Adds products to the cart; bad lines are reported, good ones added.' })
  async cartLinesAdd(@Arg('input', () => CartLinesAddInput, { description: 'What to do; see the input type.' }) input: CartLinesAddInput, @Context() ctx: Ctx): Promise<CartPayload> {
    const result = await carts.addCartLines(ctx, input.lines, input.idempotencyKey);
    recordActivity(ctx, ActivityKind.CART_CHANGE, `+${input.lines.length - result.userErrors.length}`); // V2, buffered
    return Object.assign(new CartPayload(), result);
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => CartPayload, { description: 'Changes quantities of cart lines; 0 removes a line.' })
  async cartLinesUpdate(@Arg('input', () => CartLinesUpdateInput, { description: 'What to do; see the input type.' }) input: CartLinesUpdateInput, @Context() ctx: Ctx): Promise<CartPayload> {
    const result = await carts.updateCartLines(ctx, input.lines);
    recordActivity(ctx, ActivityKind.CART_CHANGE, `~${input.lines.length - result.userErrors.length}`); // V2, buffered
    return Object.assign(new CartPayload(), result);
  }

  @FieldResolver(() => [CartLine], { description: 'Lines, in the order they were added.' })
  lines(@Root() cart: Cart, @Context() ctx: Ctx): Promise<CartLine[]> {
    return carts.cartLines(ctx, cart);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Sum of the lines at current prices; null when the cart is empty.' })
  async subtotal(@Root() cart: Cart, @Context() ctx: Ctx): Promise<Money | null> {
    const lines = await carts.cartLines(ctx, cart);
    if (!lines.length) return null;
    const prices = await priceLoader(ctx).loadMany(lines.map((l) => l.product.id));
    const failed = prices.find((p) => p instanceof Error);
    if (failed) throw failed; // a failed read (the database went away), not a free line
    const view = await catalogView(ctx);
    const totals = lines.map((l, i) => {
      const p = prices[i];
      return p && !(p instanceof Error) ? decimal.mul(p.amount, l.quantity) : '0';
    });
    return Money.of(decimal.add(...totals), (view.priceLevel?.currencyCode ?? 'EUR') as CurrencyCode);
  }

  // VAT of the cart (issue 15, D1; decision 0053): the same figures as the order placing it now
  // would get, lines and shipping at its own rate, following the store's setting and the exemption.

  @FieldResolver(() => Money, { nullable: true, description: 'The shipping cost placing the cart now would charge (the storage location\'s default, or the last order\'s when the store reuses it); the supplier may still change it. Null when the cart is empty.' })
  async shippingCost(@Root() cart: Cart, @Context() ctx: Ctx): Promise<Money | null> {
    const tax = await cartTax(ctx, cart);
    return tax ? Money.of(tax.shipping, tax.currency) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when VAT rates exist and every line has one, so the VAT figures below are given.' })
  async taxComputed(@Root() cart: Cart, @Context() ctx: Ctx): Promise<boolean> {
    return (await cartTax(ctx, cart))?.taxComputed ?? false;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the store shows and enters prices with VAT (else without, the B2B norm).' })
  async pricesIncludeTax(@Context() ctx: Ctx): Promise<boolean> {
    return (await loader(ctx, 'settings.row', () => getSettings(ctx.em))).pricesIncludeTax;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Lines and shipping without VAT; null when the cart is empty or VAT is not computed.' })
  async totalExcludingTax(@Root() cart: Cart, @Context() ctx: Ctx): Promise<Money | null> {
    const tax = await cartTax(ctx, cart);
    return tax?.taxComputed && tax.totalExcludingTax ? Money.of(tax.totalExcludingTax, tax.currency) : null;
  }

  @FieldResolver(() => [TaxLine], { description: 'VAT per rate, lowest rate first; empty for an exempt customer or when VAT is not computed.' })
  async taxLines(@Root() cart: Cart, @Context() ctx: Ctx): Promise<TaxLine[]> {
    const tax = await cartTax(ctx, cart);
    return tax?.taxComputed ? taxLinesOf(tax.taxLines, tax.currency) : [];
  }

  @FieldResolver(() => Money, { nullable: true, description: 'All the VAT of the lines; null when the cart is empty or VAT is not computed.' })
  async taxTotal(@Root() cart: Cart, @Context() ctx: Ctx): Promise<Money | null> {
    const tax = await cartTax(ctx, cart);
    return tax?.taxComputed && tax.taxTotal ? Money.of(tax.taxTotal, tax.currency) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Lines and shipping with VAT: what placing the cart now would charge; null when the cart is empty or VAT is not computed.' })
  async totalIncludingTax(@Root() cart: Cart, @Context() ctx: Ctx): Promise<Money | null> {
    const tax = await cartTax(ctx, cart);
    return tax?.taxComputed ? Money.of(tax.total, tax.currency) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The legal mention of the customer\'s VAT exemption (reverse charge, export); null when it pays VAT or has no mention.' })
  async taxExemptionMention(@Root() cart: Cart, @Context() ctx: Ctx): Promise<string | null> {
    return (await cartTax(ctx, cart))?.exemptionMention ?? null;
  }

  @FieldResolver(() => TaxExemption, { nullable: true, description: 'Why the customer the cart orders for pays no VAT; null when it pays VAT.' })
  taxExemption(@Context() ctx: Ctx): TaxExemption | null {
    return carts.orderingActor(ctx).customer.taxExemption ?? null;
  }
}

@Resolver(() => CartLine)
export class CartLineResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() line: CartLine): Product {
    return line.product;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Current unit price for the viewer; null when no longer orderable.' })
  unitPrice(@Root() line: CartLine, @Context() ctx: Ctx): Promise<Money | null> {
    return priceLoader(ctx).load(line.product.id);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Unit price × quantity; null when no longer orderable.' })
  async lineTotal(@Root() line: CartLine, @Context() ctx: Ctx): Promise<Money | null> {
    const price = await priceLoader(ctx).load(line.product.id);
    return price ? Money.of(decimal.mul(price.amount, line.quantity), price.currencyCode) : null;
  }
}

@Resolver(() => Order)
export class OrderResolver {
  @Authorized('STAFF', 'SHOP', 'ORDERS_MANAGE')
  @Query(() => OrderConnection, { description: 'Orders, newest first: staff see all, a shop user its customer\'s.' })
  async orders(@Args(() => OrdersArgs) args: OrdersArgs, @Context() ctx: Ctx): Promise<OrderConnection> {
    return (await orders.listOrders(ctx, args)) as unknown as OrderConnection;
  }

  @Authorized('STAFF', 'SHOP', 'ORDERS_MANAGE')
  @Query(() => Order, { description: 'One order; NOT_FOUND when the viewer may not see it.' })
  order(@Arg('id', () => ID, { description: 'The order\'s id.' }) id: string, @Context() ctx: Ctx): Promise<Order> {
    return orders.getOrder(ctx, id);
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderPlacePayload, {
    description:
      'Places the cart as an order (status SUBMITTED), idempotent on `idempotencyKey`. Staff viewing the store as a customer (ADMIN or SALES) place on its behalf; the customer is told by email.',
  })
  async orderPlace(@Arg('input', () => OrderPlaceInput, { description: 'What to do; see the input type.' }) input: OrderPlaceInput, @Context() ctx: Ctx): Promise<OrderPlacePayload> {
    const result = await orders.placeOrder(ctx, input);
    return Object.assign(new OrderPlacePayload(), result);
  }

  @FieldResolver(() => Customer, { description: 'The customer who ordered.' })
  async customer(@Root() order: Order, @Context() ctx: Ctx): Promise<Customer> {
    return (await byIdLoader(ctx, Customer).load(order.customer.id))!;
  }

  @FieldResolver(() => ShopUser, { nullable: true, description: 'The shop user who placed it.' })
  async placedBy(@Root() order: Order, @Context() ctx: Ctx): Promise<ShopUser | null> {
    return order.placedBy ? byIdLoader(ctx, ShopUser).load(order.placedBy.id) : null;
  }

  @FieldResolver(() => [OrderLine], { description: 'Lines, in cart order.' })
  lines(@Root() order: Order, @Context() ctx: Ctx): Promise<OrderLine[]> {
    return orders.orderLines(ctx, order);
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines.' })
  subtotal(@Root() order: Order): Money {
    return Money.of(decimal.normalize(order.subtotal), order.currencyCode);
  }

  @FieldResolver(() => Money, { description: 'Shipping cost.' })
  shippingCost(@Root() order: Order): Money {
    return Money.of(decimal.normalize(order.shippingCost), order.currencyCode);
  }

  @FieldResolver(() => Money, { description: 'What the customer pays: with VAT when `taxComputed` (the same as `totalIncludingTax`); for orders placed before VAT rates existed, subtotal plus shipping as it always was.' })
  total(@Root() order: Order): Money {
    return Money.of(decimal.normalize(order.total), order.currencyCode);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Lines and shipping without VAT (frozen at placing); null when VAT was not computed.' })
  totalExcludingTax(@Root() order: Order): Money | null {
    return order.taxComputed && order.totalExcludingTax ? Money.of(decimal.normalize(order.totalExcludingTax), order.currencyCode) : null;
  }

  @FieldResolver(() => [TaxLine], { description: 'VAT per rate, lowest rate first; empty when VAT was not computed or the customer was exempt.' })
  taxLines(@Root() order: Order): TaxLine[] {
    return order.taxComputed ? taxLinesOf(order.taxLines, order.currencyCode) : [];
  }

  @FieldResolver(() => Money, { nullable: true, description: 'All the VAT of the order; null when VAT was not computed.' })
  taxTotal(@Root() order: Order): Money | null {
    return order.taxComputed && order.taxTotal ? Money.of(decimal.normalize(order.taxTotal), order.currencyCode) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Total with VAT; null when VAT was not computed (see `total`).' })
  totalIncludingTax(@Root() order: Order): Money | null {
    return order.taxComputed ? Money.of(decimal.normalize(order.total), order.currencyCode) : null;
  }

  @FieldResolver(() => TaxExemption, { nullable: true, description: 'Why the customer paid no VAT on this order (frozen at placing); null when it paid VAT.' })
  taxExemption(@Root() order: Order): TaxExemption | null {
    return (order.taxExemption as TaxExemption | null | undefined) ?? null;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'The shipping\'s VAT rate as a decimal percentage, frozen at placing.' })
  shippingTaxRate(@Root() order: Order): string | null {
    return order.shippingTaxPercentage ? normalizePercentage(order.shippingTaxPercentage) : null;
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Money, { description: 'Unit price frozen when the order was placed.' })
  unitPrice(@Root() line: OrderLine): Money {
    return Money.of(normalizeAmount(line.unitPrice), (line.order as Order).currencyCode ?? 'EUR');
  }

  @FieldResolver(() => Money, { description: 'Unit price × quantity.' })
  lineTotal(@Root() line: OrderLine): Money {
    return Money.of(decimal.normalize(line.lineTotal), (line.order as Order).currencyCode ?? 'EUR');
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'The line\'s VAT rate as a decimal percentage, frozen at placing; null when VAT was not computed.' })
  taxRate(@Root() line: OrderLine): string | null {
    return line.taxPercentage ? normalizePercentage(line.taxPercentage) : null;
  }
}
