import { Arg, Authorized, Ctx as Context, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { byIdLoader } from '../../../common/loaders.js';
import { StaffUser } from '../../access/index.js';
import { DeliverySite } from '../../customers/index.js';
import { Cart } from '../entities/cart.entity.js';
import { Order } from '../entities/order.entity.js';
import { OrderDocument } from '../entities/order-document.entity.js';
import { CartLinesImportInput, CartLinesImportPayload, CartImportProblem } from '../dto/checkout.dto.js';
import * as carts from '../cart.service.js';
import { documentUrl, orderDocuments } from '../order-document.service.js';

@Resolver(() => Cart)
export class CartImportResolver {
  @Authorized('SHOP', 'STAFF')
  @Mutation(() => CartLinesImportPayload, {
    description: 'Adds many lines from barcodes (pasted or a CSV file\'s text); every good line is added, every other one reported with its line number.',
  })
  async cartLinesImport(@Arg('input', () => CartLinesImportInput, { description: 'What to do; see the input type.' }) input: CartLinesImportInput, @Context() ctx: Ctx): Promise<CartLinesImportPayload> {
    const result = await carts.importCartLines(ctx, input.text);
    return Object.assign(new CartLinesImportPayload(), {
      cart: result.cart ?? null,
      addedProductCount: result.added,
      problems: result.problems.map((p) => Object.assign(new CartImportProblem(), p)),
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => [DeliverySite], { description: 'Where the customer the cart orders for can have it delivered, the default first.' })
  deliverySites(@Root() cart: Cart, @Context() ctx: Ctx): Promise<DeliverySite[]> {
    return ctx.em.find(DeliverySite, { customer: cart.customer.id }, { orderBy: { position: 'asc' } });
  }
}

@Resolver(() => Order)
export class OrderCheckoutFieldsResolver {
  @FieldResolver(() => DeliverySite, { nullable: true, description: 'Where the order is to be delivered.' })
  async deliverySite(@Root() order: Order, @Context() ctx: Ctx): Promise<DeliverySite | null> {
    return order.deliverySite ? byIdLoader(ctx, DeliverySite).load(order.deliverySite.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the staff member who placed the order on the customer\'s behalf; null when the customer placed it.' })
  async placedOnBehalfBy(@Root() order: Order, @Context() ctx: Ctx): Promise<string | null> {
    return order.placedByStaff ? ((await byIdLoader(ctx, StaffUser).load(order.placedByStaff.id))?.name ?? null) : null;
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member who placed the order on the customer\'s behalf (staff and integrators only).' })
  async placedByStaff(@Root() order: Order, @Context() ctx: Ctx): Promise<StaffUser | null> {
    return order.placedByStaff ? byIdLoader(ctx, StaffUser).load(order.placedByStaff.id) : null;
  }

  @FieldResolver(() => [OrderDocument], { description: 'Documents attached at checkout.' })
  documents(@Root() order: Order, @Context() ctx: Ctx): Promise<OrderDocument[]> {
    return orderDocuments(ctx, order);
  }
}

@Resolver(() => OrderDocument)
export class OrderDocumentResolver {
  @FieldResolver(() => String, { description: 'Download address; only the customer\'s users and staff may read it (session cookie or bearer token).' })
  url(@Root() doc: OrderDocument, @Context() ctx: Ctx): string {
    return documentUrl(ctx, doc);
  }
}

