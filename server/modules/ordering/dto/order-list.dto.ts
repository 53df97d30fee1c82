import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Cart } from '../entities/cart.entity.js';
import { OrderList } from '../entities/order-list.entity.js';
import { CartImportProblem } from './checkout.dto.js';

@InputType({ description: 'A new order list: empty, or filled from the cart or from a past order.' })
export class OrderListCreateInput {
  @Field(() => String, { description: 'Its name (at most 100 characters).' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'True to fill it with the viewer\'s cart (products and quantities).' })
  fromCart?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A past order of the customer whose lines fill it (products still available).' })
  orderId?: string | null;
}

@InputType({ description: 'A new name for an order list.' })
export class OrderListUpdateInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;

  @Field(() => String, { description: 'Its new name.' })
  name!: string;
}

@InputType({ description: 'An order list to act on.' })
export class OrderListIdInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;
}

@InputType({ description: 'A copy of an order list (a published one, to change it) for the viewer\'s customer.' })
export class OrderListCopyInput {
  @Field(() => ID, { description: 'The list to copy.' })
  orderListId!: string;

  @Field(() => String, { nullable: true, description: 'Name of the copy; the original\'s name when left out.' })
  name?: string | null;
}

@InputType({ description: 'A product and its default quantity for an order list.' })
export class OrderListLineAddInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => Int, { description: 'Default quantity in sales units; replaces the quantity when the product is already listed.' })
  quantity!: number;
}

@InputType({ description: 'Products to add to an order list (the catalog\'s "Add to list").' })
export class OrderListLinesAddInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;

  @Field(() => [OrderListLineAddInput], { description: 'The products, added after the last line.' })
  lines!: OrderListLineAddInput[];
}

@InputType({ description: 'A new default quantity for a line; 0 removes it.' })
export class OrderListLineUpdateInput {
  @Field(() => ID, { description: 'The line.' })
  lineId!: string;

  @Field(() => Int, { description: 'The new default quantity; 0 removes the line.' })
  quantity!: number;
}

@InputType({ description: 'New default quantities for lines of an order list.' })
export class OrderListLinesUpdateInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;

  @Field(() => [OrderListLineUpdateInput], { description: 'The lines to change.' })
  lines!: OrderListLineUpdateInput[];
}

@InputType({ description: 'A new order for the lines of an order list.' })
export class OrderListLinesReorderInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;

  @Field(() => [ID], { description: 'Lines in their new order; lines left out follow them in their present order.' })
  lineIds!: string[];
}

@InputType({ description: 'Lines to add to an order list from barcodes (pasted or scanned) or a CSV file as exported: `code;quantity` per line, the code a barcode or a product reference; a header line is allowed.' })
export class OrderListLinesImportInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;

  @Field(() => String, { description: 'The lines (at most 1,000). Without a quantity a line sets one pack.' })
  text!: string;
}

@InputType({ description: 'An order list, or some of its lines, to put into the viewer\'s cart.' })
export class OrderListCartAddInput {
  @Field(() => ID, { description: 'The list.' })
  orderListId!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these lines (those ticked); all lines when left out.' })
  lineIds?: string[] | null;
}

@InputType({ description: 'The customers a staff order list is published to.' })
export class OrderListPublishInput {
  @Field(() => ID, { description: 'The list (one created in the hub).' })
  orderListId!: string;

  @Field(() => [ID], { description: 'The customers who see it from now on (replacing the previous ones); empty withdraws it.' })
  customerIds!: string[];
}

@ObjectType({ description: 'Result of creating or changing an order list.' })
export class OrderListPayload {
  @Field(() => OrderList, { nullable: true, description: 'The list as it is now; null when nothing was created.' })
  orderList?: OrderList | null;

  @Field(() => [UserError], { description: 'Why the input, or part of it, was refused.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleting an order list.' })
export class OrderListDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted list.' })
  deletedOrderListId?: string | null;

  @Field(() => [UserError], { description: 'Why it was not deleted (a published list is read-only for customers).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of importing lines into an order list: the good lines are in it, the others reported.' })
export class OrderListLinesImportPayload {
  @Field(() => OrderList, { nullable: true, description: 'The list as it is now.' })
  orderList?: OrderList | null;

  @Field(() => Int, { description: 'How many lines of the text were put into the list.' })
  addedLineCount!: number;

  @Field(() => [CartImportProblem], { description: 'Lines of the text that were not, with their line number and why.' })
  problems!: CartImportProblem[];

  @Field(() => [UserError], { description: 'Why the whole text was refused, if so.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of ordering a list into the cart: lines still available are in the cart; the others are named.' })
export class OrderListCartAddPayload {
  @Field(() => Cart, { nullable: true, description: 'The cart after adding the lines.' })
  cart?: Cart | null;

  @Field(() => Int, { description: 'How many lines were added to the cart.' })
  addedLineCount!: number;

  @Field(() => [UserError], { description: 'One LINE_UNAVAILABLE per line no longer available, visible or orderable, naming its reference and name.' })
  userErrors!: UserError[];
}
