import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Cart } from '../entities/cart.entity.js';

export enum CartImportProblemReason {
  NOT_FOUND = 'NOT_FOUND',
  NOT_ORDERABLE = 'NOT_ORDERABLE',
  BAD_QUANTITY = 'BAD_QUANTITY',
}
registerEnumType(CartImportProblemReason, {
  name: 'CartImportProblemReason',
  description: 'Why a line of a barcode import was not added.',
  valuesConfig: {
    NOT_FOUND: { description: 'No product with this barcode is available to the customer (unknown and hidden products look the same).' },
    NOT_ORDERABLE: { description: 'The product has no price for the customer, so it cannot be ordered.' },
    BAD_QUANTITY: { description: 'The quantity is not a whole number in range, or not a multiple of the product\'s pack size.' },
  },
});

@InputType({ description: 'Barcodes to add to the cart, pasted or read from a CSV file: one per line, optionally followed by `;quantity` (or `,quantity`); a header line is allowed.' })
export class CartLinesImportInput {
  @Field(() => String, {
    description: 'The lines, at most 5,000. Without a quantity a line adds one pack of the product. Lines for the same product are added together.',
  })
  text!: string;
}

@ObjectType({ description: 'A line of a barcode import that was not added, and why.' })
export class CartImportProblem {
  @Field(() => Int, { description: 'Line number in the text or file, counting from 1 (header and blank lines included).' })
  line!: number;

  @Field(() => String, { description: 'The code as written on that line.' })
  code!: string;

  @Field(() => CartImportProblemReason, { description: 'Why it was not added.' })
  reason!: CartImportProblemReason;

  @Field(() => String, { description: 'The same, as a sentence in the viewer\'s language.' })
  message!: string;
}

@ObjectType({ description: 'Result of a barcode import: every good line added, every other one reported.' })
export class CartLinesImportPayload {
  @Field(() => Cart, { nullable: true, description: 'The cart after the import; null when the whole input was refused.' })
  cart?: Cart | null;

  @Field(() => Int, { description: 'How many different products were added to (or increased in) the cart.' })
  addedProductCount!: number;

  @Field(() => [CartImportProblem], { description: 'Lines not added, in line order.' })
  problems!: CartImportProblem[];

  @Field(() => [UserError], { description: 'Why nothing was imported (no lines, more than 5,000 lines); empty otherwise.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Choose the customer the signed-in shop user orders for.' })
export class ShopUserCustomerSwitchInput {
  @Field(() => ID, { description: 'One of the customers in `shopUserCustomers`.' })
  customerId!: string;
}
