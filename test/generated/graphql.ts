/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why a line of a barcode import was not added. */
export type CartImportProblemReason =
  /** The quantity is not a whole number in range, or not a multiple of the product's pack size. */
  | 'BAD_QUANTITY'
  /** No product with this barcode is available to the customer (unknown and hidden products look the same). */
  | 'NOT_FOUND'
  /** The product has no price for the customer, so it cannot be ordered. */
  | 'NOT_ORDERABLE';

/** A product and a quantity to add to the cart. */
export type CartLineAddInput = {
  /** The product. */
  productId: string;
  /** Quantity to add; added to the line when the product is already in the cart. */
  quantity: number;
};

/** A new quantity for a cart line. */
export type CartLineUpdateInput = {
  /** The cart line. */
  lineId: string;
  /** New quantity; 0 removes the line. */
  quantity: number;
};

/** Lines to add to the viewer's cart. */
export type CartLinesAddInput = {
  /** Makes the addition safe to send again (a queue replayed after a lost connection): a key already used for this cart in the last 30 days changes nothing and answers with the cart as it is. At most 100 characters. */
  idempotencyKey?: string | null | undefined;
  /** The lines to add. */
  lines: Array<CartLineAddInput>;
};

/** Barcodes to add to the cart, pasted or read from a CSV file: one per line, optionally followed by `;quantity` (or `,quantity`); a header line is allowed. */
export type CartLinesImportInput = {
  /** The lines, at most 5,000. Without a quantity a line adds one pack of the product. Lines for the same product are added together. */
  text: string;
};

/** New quantities for lines of the viewer's cart. */
export type CartLinesUpdateInput = {
  /** The lines to change. */
  lines: Array<CartLineUpdateInput>;
};

/** A contact of a customer. */
export type ContactInput = {
  /** Email address. */
  email?: string | null | undefined;
  /** The existing contact to keep and change; omit for a new contact. */
  id?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
};

/** A new customer. */
export type CustomerCreateInput = {
  /** Contacts; the first one is the primary contact. */
  contacts?: Array<ContactInput> | null | undefined;
  /** Customer number, unique. */
  customerNumber: string;
  /** Delivery sites; the first one is the default. */
  deliverySites?: Array<DeliverySiteInput> | null | undefined;
  /** Language of documents and emails (default English). */
  documentLanguage?: Language | null | undefined;
  /** Company name. */
  name: string;
  /** Price level; the store's default level when omitted. */
  priceLevelId?: string | null | undefined;
  /** Private message shown at the top of the store to this customer. */
  privateMessage?: string | null | undefined;
  /** Storage location; the default location when omitted. */
  storageLocationId?: string | null | undefined;
  /** Why the customer pays no VAT; null: it pays VAT. REVERSE_CHARGE needs a VAT number. */
  taxExemption?: TaxExemption | null | undefined;
  /** Legal mention printed instead of VAT (up to 500 characters); null or empty removes it. */
  taxExemptionMention?: string | null | undefined;
  /** VAT number; null or empty removes it. */
  vatNumber?: string | null | undefined;
  /** What the customer may see; everything when omitted. */
  visibility?: VisibilityInput | null | undefined;
};

/** A delivery address of a customer. */
export type DeliverySiteInput = {
  /** City. */
  city: string;
  /** ISO 3166-1 alpha-2 country code, e.g. "BE". */
  country: string;
  /** The existing site to keep and change; omit for a new site. */
  id?: string | null | undefined;
  /** Short name, e.g. "Main restaurant". */
  name: string;
  /** Postal code. */
  postalCode: string;
  /** Street and number. */
  street: string;
};

/** A language for the store, the hub, documents and emails (ISO 639-1). */
export type Language =
  /** German */
  | 'DE'
  /** English */
  | 'EN'
  /** Spanish */
  | 'ES'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL'
  /** Portuguese */
  | 'PT';

/** Whether the customer orders goods or asks for a quote first. */
export type OrderKind =
  /** A firm order. */
  | 'ORDER'
  /** A request for a quote: the supplier answers with prices before anything ships. */
  | 'QUOTE';

/** Place the viewer's cart as an order. */
export type OrderPlaceInput = {
  /** One of the customer's delivery sites (`Cart.deliverySites`); by default its first one. */
  deliverySiteId?: string | null | undefined;
  /** Documents uploaded with `POST /api/order-documents` to attach (at most 10). */
  documentIds?: Array<string> | null | undefined;
  /** A key the client generates once per placement attempt (e.g. a UUID); a repeat with the same key returns the first order instead of placing another. */
  idempotencyKey: string;
  /** A firm order (the default) or a request for a quote. */
  kind?: OrderKind | null | undefined;
  /** Notes for the supplier. */
  notes?: string | null | undefined;
  /** Order date, today or later; by default today. */
  orderDate?: string | null | undefined;
  /** The customer's purchase-order reference. */
  purchaseOrderReference?: string | null | undefined;
  /** Delivery date the customer asks for: not in the past, not before the order date. */
  requestedDeliveryDate?: string | null | undefined;
};

/** Where an order stands. */
export type OrderStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Received by the customer. */
  | 'DELIVERED'
  /** Refused by the supplier. */
  | 'REJECTED'
  /** Sent to the customer. */
  | 'SHIPPED'
  /** Placed by the customer, awaiting validation by the supplier. */
  | 'SUBMITTED'
  /** Accepted by the supplier. */
  | 'VALIDATED';

/** Choose the customer the signed-in shop user orders for. */
export type ShopUserCustomerSwitchInput = {
  /** One of the customers in `shopUserCustomers`. */
  customerId: string;
};

/** Grant store access to one email of a customer (product A3). */
export type StoreAccessGrantInput = {
  /** The customer. */
  customerId: string;
  /** One of the customer's contact emails; it becomes the username. */
  email: string;
  /** "I will hand it over myself" (issue 17, H4): true sends no credentials email; the temporary password is answered once here. Never recorded either way. */
  handOver?: boolean | null | undefined;
  /** Store language of the new user; defaults to the customer's document language. */
  language?: Language | null | undefined;
  /** A temporary password typed by staff; omit to have one generated. */
  password?: string | null | undefined;
  /** The typed temporary password again; must match `password`. */
  passwordConfirmation?: string | null | undefined;
  /** A private message shown at the top of the store (sets the customer's message). */
  privateMessage?: string | null | undefined;
  /** What the customer may see (sets the customer's visibility). */
  visibility?: VisibilityInput | null | undefined;
};

/** Where one customer email stands with the store. */
export type StoreAccessStatus =
  /** The user may sign in and order. */
  | 'ACTIVE'
  /** The user may not sign in; existing sessions were ended. */
  | 'BLOCKED'
  /** No access was granted to this email. */
  | 'NONE'
  /** Granted but awaiting staff approval: the user may sign in and browse, not order. */
  | 'PENDING_APPROVAL';

/** Why a customer pays no VAT (issue 15, D1). */
export type TaxExemption =
  /** Export outside the VAT area. */
  | 'EXPORT'
  /** Intra-EU supply to a business with a VAT number: the customer accounts for the VAT (reverse charge). */
  | 'REVERSE_CHARGE';

/** Why a mutation refused its input; the accompanying message says it in the viewer's language. */
export type UserErrorCode =
  /** The store access of this email is blocked by the supplier. */
  | 'ACCESS_BLOCKED'
  /** This email already has a store access for this customer. */
  | 'ACCESS_EXISTS'
  /** The staff account is deactivated. */
  | 'ACCOUNT_INACTIVE'
  /** The request was already approved or refused. */
  | 'ALREADY_DECIDED'
  /** Another product (or an earlier line of the file) already has this barcode. */
  | 'BARCODE_TAKEN'
  /** The cart has no lines to order. */
  | 'CART_EMPTY'
  /** The customer is temporarily excluded from the store by the supplier. */
  | 'CUSTOMER_EXCLUDED'
  /** Another customer already has this customer number. */
  | 'CUSTOMER_NUMBER_TAKEN'
  /** The date is before today. */
  | 'DATE_IN_PAST'
  /** Exactly one item must stay the default: make another one the default instead. */
  | 'DEFAULT_REQUIRED'
  /** The requested delivery date is earlier than the order date. */
  | 'DELIVERY_BEFORE_ORDER_DATE'
  /** The CSV header names a column twice. */
  | 'DUPLICATE_COLUMN'
  /** An earlier item of the same bulk sync call has the same key (reference, customer number, or reference with level or location code). */
  | 'DUPLICATE_ITEM'
  /** The reference appears on an earlier line of the same file. */
  | 'DUPLICATE_REFERENCE'
  /** This email already signs in to the store for another customer. */
  | 'EMAIL_IN_USE'
  /** The email is not one of the customer's contacts. */
  | 'EMAIL_NOT_OF_CUSTOMER'
  /** The line has more cells than the header has columns. */
  | 'EXTRA_CELLS'
  /** Some lines of the file have errors, so an all-or-nothing import wrote nothing. */
  | 'IMPORT_HAS_ERRORS'
  /** The amount is negative or has too many decimals (4 for prices, 2 for shipping costs). */
  | 'INVALID_AMOUNT'
  /** The barcode is not a valid EAN/GTIN (8, 12, 13 or 14 digits with a correct check digit). */
  | 'INVALID_BARCODE'
  /** The email or the password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** A line of the file is not valid CSV (e.g. an unclosed quote). */
  | 'INVALID_CSV'
  /** The value is not an email address. */
  | 'INVALID_EMAIL'
  /** The quantity is not a whole number in the allowed range. */
  | 'INVALID_QUANTITY'
  /** The object is not in a status that allows this change. */
  | 'INVALID_STATUS'
  /** The link or token is unknown, already used or expired. */
  | 'INVALID_TOKEN'
  /** The order cannot move from its current status to the one asked (e.g. a DELIVERED order cannot be cancelled); the message names both. */
  | 'INVALID_TRANSITION'
  /** The value is not acceptable for this field. */
  | 'INVALID_VALUE'
  /** The item is used in customers' visibility; change their visibility first. */
  | 'IN_USE'
  /** The change would leave the hub without an active admin. */
  | 'LAST_ADMIN'
  /** A line of a past order is no longer available, visible or orderable; the message names its reference and name. */
  | 'LINE_UNAVAILABLE'
  /** A product that does not exist yet needs a name. */
  | 'NAME_REQUIRED'
  /** The value is not a number. */
  | 'NOT_A_NUMBER'
  /** The file is not CSV text with a header line naming a `reference` column. */
  | 'NOT_CSV'
  /** The customer has no contact email to grant access to. */
  | 'NO_EMAIL'
  /** The store access awaits approval; browsing is allowed, ordering is not. */
  | 'ORDERING_NOT_ALLOWED'
  /** The password and its confirmation differ. */
  | 'PASSWORD_MISMATCH'
  /** The new password has fewer than 8 characters or lacks letters or digits. */
  | 'PASSWORD_TOO_WEAK'
  /** The new password equals the temporary one. */
  | 'PASSWORD_UNCHANGED'
  /** No product with this id is visible to the viewer. */
  | 'PRODUCT_NOT_FOUND'
  /** The product has no price for the customer or is not orderable. */
  | 'PRODUCT_NOT_ORDERABLE'
  /** The quantity is above the product's maximum order quantity ({{maximum}}). */
  | 'QUANTITY_ABOVE_MAXIMUM'
  /** The quantity is below the product's minimum order quantity ({{minimum}}). */
  | 'QUANTITY_BELOW_MINIMUM'
  /** The product is sold by {{increment}} (its order increment, a multiple of the pack size): the quantity must be a multiple of it; the message names the nearest valid quantity. */
  | 'QUANTITY_NOT_INCREMENT'
  /** Order in whole packs of {{packSize}}: the quantity must be a multiple of the pack size. */
  | 'QUANTITY_NOT_PACK_MULTIPLE'
  /** A product's quantity rules do not fit together: the order increment must be a multiple of the pack size, the minimum a multiple of the increment, the maximum at least the minimum (whole numbers from 1 to 100,000). */
  | 'QUANTITY_RULES_INCONSISTENT'
  /** The store does not accept access requests. */
  | 'REGISTRATION_CLOSED'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** The shipping cost can no longer change: the order is shipped, delivered, rejected or cancelled. */
  | 'SHIPPING_COST_LOCKED'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** The text exceeds the maximum length. */
  | 'TOO_LONG'
  /** Too many failed tries of a secret (password, reset link) for this account from this client, or from this client on any account, or too many uses of a public form; retry after `retryAfter` seconds. */
  | 'TOO_MANY_ATTEMPTS'
  /** More documents than an order may hold (10). */
  | 'TOO_MANY_DOCUMENTS'
  /** A bulk sync call holds more items than allowed at once (10,000); nothing was written. */
  | 'TOO_MANY_ITEMS'
  /** The import holds more lines than allowed at once (5,000); nothing was added. */
  | 'TOO_MANY_LINES'
  /** No brand has this name or id; brands are a managed list. */
  | 'UNKNOWN_BRAND'
  /** The CSV header has columns Comptoir does not know. */
  | 'UNKNOWN_COLUMN'
  /** The delivery site is not one of the customer's. */
  | 'UNKNOWN_DELIVERY_SITE'
  /** The document id is unknown, belongs to another customer or is already attached to an order. */
  | 'UNKNOWN_DOCUMENT'
  /** The language code is not one the store speaks (en, fr, nl, de, pt, es). */
  | 'UNKNOWN_LANGUAGE'
  /** No manufacturer has this name or id; manufacturers are a managed list. */
  | 'UNKNOWN_MANUFACTURER'
  /** A `price:<code>` column names a price level that does not exist. */
  | 'UNKNOWN_PRICE_LEVEL'
  /** No product has this reference. */
  | 'UNKNOWN_REFERENCE'
  /** No season has this name or id; seasons are a managed list. */
  | 'UNKNOWN_SEASON'
  /** A `stock:<code>` column names a storage location that does not exist. */
  | 'UNKNOWN_STORAGE_LOCATION'
  /** No tag has this name or id; tags are a managed list. */
  | 'UNKNOWN_TAG'
  /** The current password given is wrong. */
  | 'WRONG_PASSWORD';

/** What a customer may see; an empty list means no restriction on that dimension, an omitted one stays unchanged. */
export type VisibilityInput = {
  /** Allowed brands. */
  brandIds?: Array<string> | null | undefined;
  /** Allowed manufacturers. */
  manufacturerIds?: Array<string> | null | undefined;
  /** Allowed seasons. */
  seasonIds?: Array<string> | null | undefined;
  /** Allowed tags. */
  tagIds?: Array<string> | null | undefined;
};

export type Cart_LinesQueryVariables = Exact<{ [key: string]: never; }>;


export type Cart_LinesQuery = { cart: { lines: Array<{ id: string, quantity: number, product: { reference: string } }> } };

export type Cart_AddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type Cart_AddMutation = { cartLinesAdd: { cart: { lines: Array<{ quantity: number, product: { reference: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Cart_UpdateMutationVariables = Exact<{
  i: CartLinesUpdateInput;
}>;


export type Cart_UpdateMutation = { cartLinesUpdate: { cart: { lines: Array<{ quantity: number, product: { reference: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Cart_ImportMutationVariables = Exact<{
  i: CartLinesImportInput;
}>;


export type Cart_ImportMutation = { cartLinesImport: { addedProductCount: number, cart: { lines: Array<{ quantity: number, product: { reference: string } }> } | null, problems: Array<{ line: number, code: string, reason: CartImportProblemReason, message: string }>, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Cart_CustomerCreateMutationVariables = Exact<{
  i: CustomerCreateInput;
}>;


export type Cart_CustomerCreateMutation = { customerCreate: { customer: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Cart_GrantMutationVariables = Exact<{
  i: StoreAccessGrantInput;
}>;


export type Cart_GrantMutation = { storeAccessGrant: { temporaryPassword: string | null, storeAccess: { id: string, email: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Cart_OutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type Cart_OutboxQuery = { outboxEmails: { edges: Array<{ node: { toAddress: string, template: string, text: string | null } }> } };

export type Cart_ShopUserCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type Cart_ShopUserCustomersQuery = { shopUserCustomers: Array<{ id: string, name: string }> };

export type Cart_SwitchMutationVariables = Exact<{
  i: ShopUserCustomerSwitchInput;
}>;


export type Cart_SwitchMutation = { shopUserCustomerSwitch: { customer: { name: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type Cart_ViewerAndCartQueryVariables = Exact<{ [key: string]: never; }>;


export type Cart_ViewerAndCartQuery = { viewer: { customer: { name: string } | null }, cart: { lines: Array<{ id: string }> } };

export type OrderPlacement_AddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type OrderPlacement_AddMutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type OrderPlacement_PlaceMutationVariables = Exact<{
  i: OrderPlaceInput;
}>;


export type OrderPlacement_PlaceMutation = { orderPlace: { order: { id: string, number: string, status: OrderStatus, kind: OrderKind, orderDate: string | null, requestedDeliveryDate: string | null, purchaseOrderReference: string | null, notes: string | null, placedOnBehalfBy: string | null, placedBy: { email: string } | null, deliverySite: { name: string } | null, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, lines: Array<{ reference: string, quantity: number, unitPrice: { amount: string } }>, documents: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const Cart_LinesDocument = new TypedDocumentString(`
    query Cart_Lines {
  cart {
    lines {
      id
      quantity
      product {
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_LinesQuery, Cart_LinesQueryVariables>;
export const Cart_AddDocument = new TypedDocumentString(`
    mutation Cart_Add($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    cart {
      lines {
        quantity
        product {
          reference
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_AddMutation, Cart_AddMutationVariables>;
export const Cart_UpdateDocument = new TypedDocumentString(`
    mutation Cart_Update($i: CartLinesUpdateInput!) {
  cartLinesUpdate(input: $i) {
    cart {
      lines {
        quantity
        product {
          reference
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_UpdateMutation, Cart_UpdateMutationVariables>;
export const Cart_ImportDocument = new TypedDocumentString(`
    mutation Cart_Import($i: CartLinesImportInput!) {
  cartLinesImport(input: $i) {
    cart {
      lines {
        quantity
        product {
          reference
        }
      }
    }
    addedProductCount
    problems {
      line
      code
      reason
      message
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_ImportMutation, Cart_ImportMutationVariables>;
export const Cart_CustomerCreateDocument = new TypedDocumentString(`
    mutation Cart_CustomerCreate($i: CustomerCreateInput!) {
  customerCreate(input: $i) {
    customer {
      id
      name
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_CustomerCreateMutation, Cart_CustomerCreateMutationVariables>;
export const Cart_GrantDocument = new TypedDocumentString(`
    mutation Cart_Grant($i: StoreAccessGrantInput!) {
  storeAccessGrant(input: $i) {
    temporaryPassword
    storeAccess {
      id
      email
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_GrantMutation, Cart_GrantMutationVariables>;
export const Cart_OutboxDocument = new TypedDocumentString(`
    query Cart_Outbox {
  outboxEmails(first: 20) {
    edges {
      node {
        toAddress
        template
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_OutboxQuery, Cart_OutboxQueryVariables>;
export const Cart_ShopUserCustomersDocument = new TypedDocumentString(`
    query Cart_ShopUserCustomers {
  shopUserCustomers {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<Cart_ShopUserCustomersQuery, Cart_ShopUserCustomersQueryVariables>;
export const Cart_SwitchDocument = new TypedDocumentString(`
    mutation Cart_Switch($i: ShopUserCustomerSwitchInput!) {
  shopUserCustomerSwitch(input: $i) {
    customer {
      name
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_SwitchMutation, Cart_SwitchMutationVariables>;
export const Cart_ViewerAndCartDocument = new TypedDocumentString(`
    query Cart_ViewerAndCart {
  viewer {
    customer {
      name
    }
  }
  cart {
    lines {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<Cart_ViewerAndCartQuery, Cart_ViewerAndCartQueryVariables>;
export const OrderPlacement_AddDocument = new TypedDocumentString(`
    mutation OrderPlacement_Add($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrderPlacement_AddMutation, OrderPlacement_AddMutationVariables>;
export const OrderPlacement_PlaceDocument = new TypedDocumentString(`
    mutation OrderPlacement_Place($i: OrderPlaceInput!) {
  orderPlace(input: $i) {
    order {
      id
      number
      status
      kind
      orderDate
      requestedDeliveryDate
      purchaseOrderReference
      notes
      placedOnBehalfBy
      placedBy {
        email
      }
      deliverySite {
        name
      }
      shippingCost {
        amount
      }
      subtotal {
        amount
      }
      total {
        amount
      }
      lines {
        reference
        quantity
        unitPrice {
          amount
        }
      }
      documents {
        id
        fileName
        contentType
        size
        url
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderPlacement_PlaceMutation, OrderPlacement_PlaceMutationVariables>;