/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** The lines to add. */
  lines: Array<CartLineAddInput>;
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

/** An ISO 4217 currency code. */
export type CurrencyCode =
  /** Brazilian real */
  | 'BRL'
  /** Swiss franc */
  | 'CHF'
  /** Euro */
  | 'EUR'
  /** Pound sterling */
  | 'GBP'
  /** US dollar */
  | 'USD';

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
  /** What the customer may see; everything when omitted. */
  visibility?: VisibilityInput | null | undefined;
};

/** Whether a customer may use the store. */
export type CustomerStatus =
  /** Normal: its users may browse and order. */
  | 'ACTIVE'
  /** No longer a customer; kept for history. */
  | 'ARCHIVED'
  /** Temporarily excluded (e.g. unpaid invoices): its users see why and cannot order. */
  | 'EXCLUDED';

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

/** Where an outgoing email stands. */
export type EmailStatus =
  /** The provider kept refusing it after every retry. */
  | 'FAILED'
  /** Written by the business change, waiting to be rendered and sent. */
  | 'PENDING'
  /** Accepted by the email provider (Resend). */
  | 'SENT'
  /** Rendered and kept in the outbox only: no provider is configured. */
  | 'STORED';

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

/** Place the viewer's cart as an order. */
export type OrderPlaceInput = {
  /** A key the client generates once per placement attempt (e.g. a UUID); a repeat with the same key returns the first order instead of placing another. */
  idempotencyKey: string;
  /** Notes for the supplier. */
  notes?: string | null | undefined;
  /** The customer's purchase-order reference. */
  purchaseOrderReference?: string | null | undefined;
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

/** A new password for the signed-in shop user. */
export type ShopUserPasswordChangeInput = {
  /** The current (possibly temporary) password. */
  currentPassword: string;
  /** The new password: at least 8 characters with letters and digits. */
  newPassword: string;
  /** The new password again. */
  newPasswordConfirmation: string;
};

/** Email and password. */
export type SignInInput = {
  /** Email address (case does not matter). */
  email: string;
  /** Password. */
  password: string;
};

/** A staff member's role in the hub. */
export type StaffRole =
  /** Everything, including store settings, staff accounts and API tokens. */
  | 'ADMIN'
  /** Customers, store accesses, orders, and viewing the store as a customer. */
  | 'SALES';

/** Grant store access to one email of a customer (product A3). */
export type StoreAccessGrantInput = {
  /** The customer. */
  customerId: string;
  /** One of the customer's contact emails; it becomes the username. */
  email: string;
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
  /** The cart has no lines to order. */
  | 'CART_EMPTY'
  /** The customer is temporarily excluded from the store by the supplier. */
  | 'CUSTOMER_EXCLUDED'
  /** Another customer already has this customer number. */
  | 'CUSTOMER_NUMBER_TAKEN'
  /** This email already signs in to the store for another customer. */
  | 'EMAIL_IN_USE'
  /** The email is not one of the customer's contacts. */
  | 'EMAIL_NOT_OF_CUSTOMER'
  /** The email or the password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** The value is not an email address. */
  | 'INVALID_EMAIL'
  /** The quantity is not a whole number in the allowed range. */
  | 'INVALID_QUANTITY'
  /** The object is not in a status that allows this change. */
  | 'INVALID_STATUS'
  /** The link or token is unknown, already used or expired. */
  | 'INVALID_TOKEN'
  /** The value is not acceptable for this field. */
  | 'INVALID_VALUE'
  /** The change would leave the hub without an active admin. */
  | 'LAST_ADMIN'
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
  /** The store does not accept access requests. */
  | 'REGISTRATION_CLOSED'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** The text exceeds the maximum length. */
  | 'TOO_LONG'
  /** Too many failed sign-ins for this account or this client; wait and retry. */
  | 'TOO_MANY_ATTEMPTS'
  /** The current password given is wrong. */
  | 'WRONG_PASSWORD';

/** What kind of client is asking. */
export type ViewerKind =
  /** Not signed in. */
  | 'ANONYMOUS'
  /** An integrator API token. */
  | 'INTEGRATOR'
  /** A customer's user (store). */
  | 'SHOP_USER'
  /** A staff member of the supplier (hub). */
  | 'STAFF';

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

export type RootQueryVariables = Exact<{ [key: string]: never; }>;


export type RootQuery = { viewer: { kind: ViewerKind, language: Language }, storeSettings: { storeName: string } };

export type StoreShellQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreShellQuery = { viewer: { kind: ViewerKind, language: Language, mustChangePassword: boolean, storeAccessStatus: StoreAccessStatus | null, shopUser: { email: string, mustChangePassword: boolean } | null, customer: { name: string, privateMessage: string | null, status: CustomerStatus, exclusionReason: string | null } | null }, storeSettings: { storeName: string, showStock: boolean } };

export type HubShellQueryVariables = Exact<{ [key: string]: never; }>;


export type HubShellQuery = { viewer: { kind: ViewerKind, staff: { name: string, email: string, role: StaffRole } | null } };

export type ShopUserSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type ShopUserSignInMutation = { shopUserSignIn: { shopUser: { email: string, mustChangePassword: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type StaffSignInMutation = { staffSignIn: { staff: { email: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean } };

export type ShopUserPasswordChangeMutationVariables = Exact<{
  input: ShopUserPasswordChangeInput;
}>;


export type ShopUserPasswordChangeMutation = { shopUserPasswordChange: { shopUser: { mustChangePassword: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CatalogProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  query?: string | null | undefined;
}>;


export type CatalogProductsQuery = { products: { edges: Array<{ node: { id: string, name: string, reference: string, barcode: string | null, unit: string, packSize: number, orderable: boolean, stock: number | null, price: { amount: string, currencyCode: CurrencyCode } | null, brand: { name: string } | null, tags: Array<{ name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  query?: string | null | undefined;
}>;


export type CustomersQuery = { customers: { edges: Array<{ node: { id: string, name: string, customerNumber: string, documentLanguage: Language, status: CustomerStatus, accessCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerQueryVariables = Exact<{
  id: string;
}>;


export type CustomerQuery = { customer: { id: string, name: string, customerNumber: string, documentLanguage: Language, status: CustomerStatus, exclusionReason: string | null, privateMessage: string | null, createdAt: string, priceLevel: { name: string } | null, storageLocation: { name: string } | null, contacts: Array<{ id: string, name: string | null, email: string | null, phone: string | null, position: number }>, emailAccesses: Array<{ email: string, status: StoreAccessStatus, storeAccess: { id: string, grantedAt: string, lastAccessAt: string | null } | null }> } };

export type CustomerFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerFormOptionsQuery = { priceLevels: Array<{ id: string, name: string, code: string, isDefault: boolean }>, storageLocations: Array<{ id: string, name: string, code: string, isDefault: boolean }> };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreAccessGrantMutationVariables = Exact<{
  input: StoreAccessGrantInput;
}>;


export type StoreAccessGrantMutation = { storeAccessGrant: { temporaryPassword: string | null, storeAccess: { id: string, email: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OutboxEmailsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OutboxEmailsQuery = { outboxEmails: { edges: Array<{ node: { id: string, toAddress: string, subject: string | null, template: string, language: string, status: EmailStatus, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OutboxEmailQueryVariables = Exact<{
  id: string;
}>;


export type OutboxEmailQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Brand' }
    | { __typename: 'Cart' }
    | { __typename: 'CartLine' }
    | { __typename: 'Contact' }
    | { __typename: 'Customer' }
    | { __typename: 'DeliverySite' }
    | { __typename: 'Manufacturer' }
    | { __typename: 'Order' }
    | { __typename: 'OrderLine' }
    | { __typename: 'OutboxEmail', id: string, toAddress: string, subject: string | null, template: string, language: string, status: EmailStatus, attempts: number, lastError: string | null, createdAt: string, processedAt: string | null, html: string | null, text: string | null }
    | { __typename: 'PriceLevel' }
    | { __typename: 'Product' }
    | { __typename: 'RegistrationRequest' }
    | { __typename: 'Season' }
    | { __typename: 'StorageLocation' }
    | { __typename: 'StoreAccess' }
    | { __typename: 'Tag' }
    | { __typename: 'Task' }
   | null };

export type OutboxEmailsByPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OutboxEmailsByPageQuery = { outboxEmails: { edges: Array<{ node: { id: string, toAddress: string, subject: string | null, template: string, language: string, status: EmailStatus, attempts: number, lastError: string | null, createdAt: string, processedAt: string | null, html: string | null, text: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CartCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CartCountQuery = { cart: { lines: Array<{ id: string, quantity: number }> } };

export type CartQueryVariables = Exact<{ [key: string]: never; }>;


export type CartQuery = { cart: { id: string, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode } | null, lineTotal: { amount: string, currencyCode: CurrencyCode } | null, product: { id: string, name: string, reference: string, unit: string, packSize: number, orderable: boolean } }>, subtotal: { amount: string, currencyCode: CurrencyCode } | null } };

export type CartLinesAddMutationVariables = Exact<{
  input: CartLinesAddInput;
}>;


export type CartLinesAddMutation = { cartLinesAdd: { cart: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CartLinesUpdateMutationVariables = Exact<{
  input: CartLinesUpdateInput;
}>;


export type CartLinesUpdateMutation = { cartLinesUpdate: { cart: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderPlaceMutationVariables = Exact<{
  input: OrderPlaceInput;
}>;


export type OrderPlaceMutation = { orderPlace: { order: { id: string, number: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: OrderStatus | null | undefined;
}>;


export type OrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, placedAt: string, status: OrderStatus, lineCount: number, total: { amount: string, currencyCode: CurrencyCode } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HubOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: OrderStatus | null | undefined;
}>;


export type HubOrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, placedAt: string, status: OrderStatus, lineCount: number, customer: { id: string, name: string, customerNumber: string }, total: { amount: string, currencyCode: CurrencyCode } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderQueryVariables = Exact<{
  id: string;
}>;


export type OrderQuery = { order: { id: string, number: string, status: OrderStatus, placedAt: string, purchaseOrderReference: string | null, notes: string | null, placedBy: { email: string } | null, lines: Array<{ id: string, reference: string, name: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, subtotal: { amount: string, currencyCode: CurrencyCode }, shippingCost: { amount: string, currencyCode: CurrencyCode }, total: { amount: string, currencyCode: CurrencyCode } } };

export type HubOrderQueryVariables = Exact<{
  id: string;
}>;


export type HubOrderQuery = { order: { id: string, number: string, status: OrderStatus, placedAt: string, purchaseOrderReference: string | null, notes: string | null, customer: { id: string, name: string, customerNumber: string }, placedBy: { email: string } | null, lines: Array<{ id: string, reference: string, name: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, subtotal: { amount: string, currencyCode: CurrencyCode }, shippingCost: { amount: string, currencyCode: CurrencyCode }, total: { amount: string, currencyCode: CurrencyCode } } };

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

export const RootDocument = new TypedDocumentString(`
    query Root {
  viewer {
    kind
    language
  }
  storeSettings {
    storeName
  }
}
    `) as unknown as TypedDocumentString<RootQuery, RootQueryVariables>;
export const StoreShellDocument = new TypedDocumentString(`
    query StoreShell {
  viewer {
    kind
    language
    mustChangePassword
    storeAccessStatus
    shopUser {
      email
      mustChangePassword
    }
    customer {
      name
      privateMessage
      status
      exclusionReason
    }
  }
  storeSettings {
    storeName
    showStock
  }
}
    `) as unknown as TypedDocumentString<StoreShellQuery, StoreShellQueryVariables>;
export const HubShellDocument = new TypedDocumentString(`
    query HubShell {
  viewer {
    kind
    staff {
      name
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<HubShellQuery, HubShellQueryVariables>;
export const ShopUserSignInDocument = new TypedDocumentString(`
    mutation ShopUserSignIn($input: SignInInput!) {
  shopUserSignIn(input: $input) {
    shopUser {
      email
      mustChangePassword
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShopUserSignInMutation, ShopUserSignInMutationVariables>;
export const StaffSignInDocument = new TypedDocumentString(`
    mutation StaffSignIn($input: SignInInput!) {
  staffSignIn(input: $input) {
    staff {
      email
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffSignInMutation, StaffSignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ShopUserPasswordChangeDocument = new TypedDocumentString(`
    mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {
  shopUserPasswordChange(input: $input) {
    shopUser {
      mustChangePassword
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShopUserPasswordChangeMutation, ShopUserPasswordChangeMutationVariables>;
export const CatalogProductsDocument = new TypedDocumentString(`
    query CatalogProducts($first: Int!, $after: String, $query: String) {
  products(first: $first, after: $after, query: $query) {
    edges {
      node {
        id
        name
        reference
        barcode
        unit
        packSize
        orderable
        stock
        price {
          amount
          currencyCode
        }
        brand {
          name
        }
        tags {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogProductsQuery, CatalogProductsQueryVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int!, $after: String, $query: String) {
  customers(first: $first, after: $after, query: $query) {
    edges {
      node {
        id
        name
        customerNumber
        documentLanguage
        status
        accessCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query Customer($id: ID!) {
  customer(id: $id) {
    id
    name
    customerNumber
    documentLanguage
    status
    exclusionReason
    privateMessage
    createdAt
    priceLevel {
      name
    }
    storageLocation {
      name
    }
    contacts {
      id
      name
      email
      phone
      position
    }
    emailAccesses {
      email
      status
      storeAccess {
        id
        grantedAt
        lastAccessAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const CustomerFormOptionsDocument = new TypedDocumentString(`
    query CustomerFormOptions {
  priceLevels {
    id
    name
    code
    isDefault
  }
  storageLocations {
    id
    name
    code
    isDefault
  }
}
    `) as unknown as TypedDocumentString<CustomerFormOptionsQuery, CustomerFormOptionsQueryVariables>;
export const CustomerCreateDocument = new TypedDocumentString(`
    mutation CustomerCreate($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const StoreAccessGrantDocument = new TypedDocumentString(`
    mutation StoreAccessGrant($input: StoreAccessGrantInput!) {
  storeAccessGrant(input: $input) {
    storeAccess {
      id
      email
      status
    }
    temporaryPassword
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessGrantMutation, StoreAccessGrantMutationVariables>;
export const OutboxEmailsDocument = new TypedDocumentString(`
    query OutboxEmails($first: Int!, $after: String) {
  outboxEmails(first: $first, after: $after) {
    edges {
      node {
        id
        toAddress
        subject
        template
        language
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxEmailsQuery, OutboxEmailsQueryVariables>;
export const OutboxEmailDocument = new TypedDocumentString(`
    query OutboxEmail($id: ID!) {
  node(id: $id) {
    __typename
    ... on OutboxEmail {
      id
      toAddress
      subject
      template
      language
      status
      attempts
      lastError
      createdAt
      processedAt
      html
      text
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxEmailQuery, OutboxEmailQueryVariables>;
export const OutboxEmailsByPageDocument = new TypedDocumentString(`
    query OutboxEmailsByPage($first: Int!, $after: String) {
  outboxEmails(first: $first, after: $after) {
    edges {
      node {
        id
        toAddress
        subject
        template
        language
        status
        attempts
        lastError
        createdAt
        processedAt
        html
        text
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxEmailsByPageQuery, OutboxEmailsByPageQueryVariables>;
export const CartCountDocument = new TypedDocumentString(`
    query CartCount {
  cart {
    lines {
      id
      quantity
    }
  }
}
    `) as unknown as TypedDocumentString<CartCountQuery, CartCountQueryVariables>;
export const CartDocument = new TypedDocumentString(`
    query Cart {
  cart {
    id
    lines {
      id
      quantity
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
      product {
        id
        name
        reference
        unit
        packSize
        orderable
      }
    }
    subtotal {
      amount
      currencyCode
    }
  }
}
    `) as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const CartLinesAddDocument = new TypedDocumentString(`
    mutation CartLinesAdd($input: CartLinesAddInput!) {
  cartLinesAdd(input: $input) {
    cart {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartLinesAddMutation, CartLinesAddMutationVariables>;
export const CartLinesUpdateDocument = new TypedDocumentString(`
    mutation CartLinesUpdate($input: CartLinesUpdateInput!) {
  cartLinesUpdate(input: $input) {
    cart {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartLinesUpdateMutation, CartLinesUpdateMutationVariables>;
export const OrderPlaceDocument = new TypedDocumentString(`
    mutation OrderPlace($input: OrderPlaceInput!) {
  orderPlace(input: $input) {
    order {
      id
      number
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderPlaceMutation, OrderPlaceMutationVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($first: Int!, $after: String, $status: OrderStatus) {
  orders(first: $first, after: $after, status: $status) {
    edges {
      node {
        id
        number
        placedAt
        status
        lineCount
        total {
          amount
          currencyCode
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const HubOrdersDocument = new TypedDocumentString(`
    query HubOrders($first: Int!, $after: String, $status: OrderStatus) {
  orders(first: $first, after: $after, status: $status) {
    edges {
      node {
        id
        number
        placedAt
        status
        lineCount
        customer {
          id
          name
          customerNumber
        }
        total {
          amount
          currencyCode
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<HubOrdersQuery, HubOrdersQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    id
    number
    status
    placedAt
    purchaseOrderReference
    notes
    placedBy {
      email
    }
    lines {
      id
      reference
      name
      quantity
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    subtotal {
      amount
      currencyCode
    }
    shippingCost {
      amount
      currencyCode
    }
    total {
      amount
      currencyCode
    }
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const HubOrderDocument = new TypedDocumentString(`
    query HubOrder($id: ID!) {
  order(id: $id) {
    id
    number
    status
    placedAt
    purchaseOrderReference
    notes
    customer {
      id
      name
      customerNumber
    }
    placedBy {
      email
    }
    lines {
      id
      reference
      name
      quantity
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    subtotal {
      amount
      currencyCode
    }
    shippingCost {
      amount
      currencyCode
    }
    total {
      amount
      currencyCode
    }
  }
}
    `) as unknown as TypedDocumentString<HubOrderQuery, HubOrderQueryVariables>;