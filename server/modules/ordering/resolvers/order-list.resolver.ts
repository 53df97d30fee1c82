import { Arg, Args, Authorized, Ctx as Context, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs } from '../../../common/connection.js';
import { Product } from '../../catalog/index.js';
import { Customer } from '../../customers/index.js';
import { OrderList, OrderListLine } from '../entities/order-list.entity.js';
import { CartImportProblem } from '../dto/checkout.dto.js';
import {
  OrderListCartAddInput,
  OrderListCartAddPayload,
  OrderListCopyInput,
  OrderListCreateInput,
  OrderListDeletePayload,
  OrderListIdInput,
  OrderListLinesAddInput,
  OrderListLinesImportInput,
  OrderListLinesImportPayload,
  OrderListLinesReorderInput,
  OrderListLinesUpdateInput,
  OrderListPayload,
  OrderListPublishInput,
  OrderListUpdateInput,
} from '../dto/order-list.dto.js';
import * as lists from '../order-list.service.js';

@ObjectType({ description: 'A page of order lists sorted by name.' })
export class OrderListConnection extends Connection(OrderList, 'OrderList', 'Order lists sorted by name.') {}

const INPUT = { description: 'What to do; see the input type.' };
const payload = (r: { orderList?: OrderList | null; userErrors: OrderListPayload['userErrors'] }) => Object.assign(new OrderListPayload(), { orderList: r.orderList ?? null, userErrors: r.userErrors });

// Order lists (issue 19 B1, decision 51). Customers (shop users, or staff viewing the store as
// one) work on their customer's lists; staff in the hub on the lists they publish.
@Resolver(() => OrderList)
export class OrderListResolver {
  @Authorized('SHOP', 'STAFF')
  @Query(() => OrderListConnection, {
    description: 'For a customer: its own order lists and those its supplier published to it. For staff in the hub: the lists they publish. Sorted by name.',
  })
  orderLists(@Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<OrderListConnection> {
    return lists.listOrderLists(ctx, args) as unknown as Promise<OrderListConnection>;
  }

  @Authorized('SHOP', 'STAFF')
  @Query(() => OrderList, { description: 'One order list the viewer may see; NOT_FOUND otherwise.' })
  orderList(@Arg('id', () => ID, { description: 'The list.' }) id: string, @Context() ctx: Ctx): Promise<OrderList> {
    return lists.getOrderList(ctx, id);
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListPayload, { description: 'Creates an order list, empty or from the cart or a past order; shared by all users of the customer (in the hub: a list to publish).' })
  async orderListCreate(@Arg('input', () => OrderListCreateInput, INPUT) input: OrderListCreateInput, @Context() ctx: Ctx) {
    return payload(await lists.createOrderList(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListPayload, { description: 'Renames an order list.' })
  async orderListUpdate(@Arg('input', () => OrderListUpdateInput, INPUT) input: OrderListUpdateInput, @Context() ctx: Ctx) {
    return payload(await lists.renameOrderList(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListDeletePayload, { description: 'Deletes an order list for all users of the customer.' })
  async orderListDelete(@Arg('input', () => OrderListIdInput, INPUT) input: OrderListIdInput, @Context() ctx: Ctx) {
    return Object.assign(new OrderListDeletePayload(), await lists.deleteOrderList(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListPayload, { description: 'Copies an order list the viewer can see (e.g. one its supplier published) into a list of its own.' })
  async orderListCopy(@Arg('input', () => OrderListCopyInput, INPUT) input: OrderListCopyInput, @Context() ctx: Ctx) {
    return payload(await lists.copyOrderList(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListPayload, { description: 'Adds products to an order list (the catalog\'s "Add to list"); a product already listed takes the new quantity.' })
  async orderListLinesAdd(@Arg('input', () => OrderListLinesAddInput, INPUT) input: OrderListLinesAddInput, @Context() ctx: Ctx) {
    return payload(await lists.addOrderListLines(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListPayload, { description: 'Sets default quantities of lines of an order list; 0 removes a line.' })
  async orderListLinesUpdate(@Arg('input', () => OrderListLinesUpdateInput, INPUT) input: OrderListLinesUpdateInput, @Context() ctx: Ctx) {
    return payload(await lists.updateOrderListLines(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListPayload, { description: 'Puts the lines of an order list in a new order.' })
  async orderListLinesReorder(@Arg('input', () => OrderListLinesReorderInput, INPUT) input: OrderListLinesReorderInput, @Context() ctx: Ctx) {
    return payload(await lists.reorderOrderListLines(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListLinesImportPayload, { description: 'Adds lines from barcodes or references (pasted, scanned or a CSV file as exported by `csv`); every good line is added, every other one reported with its line number.' })
  async orderListLinesImport(@Arg('input', () => OrderListLinesImportInput, INPUT) input: OrderListLinesImportInput, @Context() ctx: Ctx) {
    const r = await lists.importOrderListLines(ctx, input);
    return Object.assign(new OrderListLinesImportPayload(), {
      orderList: r.orderList ?? null,
      addedLineCount: r.added,
      problems: r.problems.map((p) => Object.assign(new CartImportProblem(), p)),
      userErrors: r.userErrors,
    });
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => OrderListCartAddPayload, { description: 'Orders an order list (or its ticked lines) into the viewer\'s cart in one action, at today\'s prices; lines no longer available are named.' })
  async orderListCartAdd(@Arg('input', () => OrderListCartAddInput, INPUT) input: OrderListCartAddInput, @Context() ctx: Ctx) {
    return Object.assign(new OrderListCartAddPayload(), await lists.orderListToCart(ctx, input));
  }

  @Authorized('STAFF')
  @Mutation(() => OrderListPayload, { description: 'Publishes a hub order list to customers (replacing those it was published to); they can read and order it, not change it (staff only).' })
  async orderListPublish(@Arg('input', () => OrderListPublishInput, INPUT) input: OrderListPublishInput, @Context() ctx: Ctx) {
    return payload(await lists.publishOrderList(ctx, input));
  }

  @FieldResolver(() => [OrderListLine], { description: 'The lines in their order.' })
  lines(@Root() list: OrderList, @Context() ctx: Ctx): Promise<OrderListLine[]> {
    return lists.orderListLines(ctx, list);
  }

  @FieldResolver(() => Int, { description: 'How many lines the list holds.' })
  lineCount(@Root() list: OrderList, @Context() ctx: Ctx): Promise<number> {
    return lists.orderListLineCount(ctx, list);
  }

  @FieldResolver(() => Boolean, { description: 'True when the supplier published the list: its customers read it and order it, and copy it to change it.' })
  published(@Root() list: OrderList): boolean {
    return !list.customer;
  }

  @FieldResolver(() => Boolean, { description: 'True when the viewer may change the list.' })
  editable(@Root() list: OrderList, @Context() ctx: Ctx): boolean {
    return lists.canEdit(ctx, list);
  }

  @FieldResolver(() => String, { description: 'The list as a CSV file (`code;quantity;reference;name`, code being the barcode or else the reference), which `orderListLinesImport` reads back.' })
  csv(@Root() list: OrderList, @Context() ctx: Ctx): Promise<string> {
    return lists.orderListCsv(ctx, list);
  }

  @Authorized('STAFF')
  @FieldResolver(() => [Customer], { description: 'The customers a hub list is published to, by name (staff only).' })
  publishedTo(@Root() list: OrderList, @Context() ctx: Ctx): Promise<Customer[]> {
    return lists.orderListCustomers(ctx, list);
  }
}

@Resolver(() => OrderListLine)
export class OrderListLineResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() line: OrderListLine): Product {
    return line.product;
  }

  @FieldResolver(() => Boolean, { description: 'False when the product is no longer visible or orderable for the viewer\'s customer: ordering the list names it and leaves it out.' })
  available(@Root() line: OrderListLine): boolean {
    return line.available;
  }
}
