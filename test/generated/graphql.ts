/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a customer's user did in the store (product V2). */
export type ActivityKind =
  /** Added, changed or removed cart lines; the detail is "+N" (N lines added) or "~N" (N lines changed or removed). */
  | 'CART_CHANGE'
  /** Placed an order; the detail is its number. */
  | 'ORDER_PLACED'
  /** Opened a product page; the detail is the product's reference and name. */
  | 'PRODUCT_VIEW'
  /** Accepted a quote; the detail is its number. */
  | 'QUOTE_ACCEPTED'
  /** Requested a quote; the detail is its number. */
  | 'QUOTE_REQUESTED'
  /** Searched the catalog; the detail is the text searched. */
  | 'SEARCH'
  /** Signed in to the store. */
  | 'SIGN_IN';

/** A permission of an integrator API token. */
export type ApiScope =
  /** Read and change the catalog: products, managed lists, price levels, prices, storage locations, stock, images, CSV imports and the bulk sync mutations. Includes CATALOG_READ. */
  | 'CATALOG_MANAGE'
  /** Read products, prices, stock, price levels and storage locations. */
  | 'CATALOG_READ'
  /** Read and change customers, their contacts and store accesses, and registration requests. */
  | 'CUSTOMERS_MANAGE'
  /** Read orders and change their status; read, price, send and comment quotes. */
  | 'ORDERS_MANAGE'
  /** Register, change and delete webhook endpoints, read their deliveries, send test events and redeliver. */
  | 'WEBHOOKS_MANAGE';

/** A new integrator API token. */
export type ApiTokenCreateInput = {
  /** What the token is for, e.g. "ERP sync". */
  name: string;
  /** What the token may do. */
  scopes: Array<ApiScope>;
};

/** Which API token. */
export type ApiTokenRevokeInput = {
  /** The token. */
  id: string;
};

/** What a staff member or an integrator token did that is recorded for audit. */
export type AuditAction =
  /** Created an API token (its secret is never recorded). */
  | 'API_TOKEN_CREATED'
  /** Revoked an API token. */
  | 'API_TOKEN_REVOKED'
  /** A catalog CSV import ended (counts only). */
  | 'CATALOG_IMPORTED'
  /** Created or changed customers by customer number in one call (counts only). */
  | 'CUSTOMERS_UPSERTED'
  /** Created the customer. */
  | 'CUSTOMER_CREATED'
  /** Excluded the customer from the store. */
  | 'CUSTOMER_EXCLUDED'
  /** Lifted the customer's exclusion. */
  | 'CUSTOMER_EXCLUSION_LIFTED'
  /** Changed the customer (details, contacts, delivery sites or visibility). */
  | 'CUSTOMER_UPDATED'
  /** Sent a failed email again. */
  | 'EMAIL_RESENT'
  /** Sent every failed email again (count only). */
  | 'FAILED_EMAILS_RESENT'
  /** Added a brand, season, tag or manufacturer. */
  | 'LIST_ITEM_CREATED'
  /** Deleted a brand, season, tag or manufacturer. */
  | 'LIST_ITEM_DELETED'
  /** Renamed a brand, season, tag or manufacturer. */
  | 'LIST_ITEM_UPDATED'
  /** Changed an order's shipping cost. */
  | 'ORDER_SHIPPING_COST_CHANGED'
  /** Moved an order to another status. */
  | 'ORDER_STATUS_CHANGED'
  /** Created a price level. */
  | 'PRICE_LEVEL_CREATED'
  /** Changed a price level. */
  | 'PRICE_LEVEL_UPDATED'
  /** Created or changed products by reference in one call (counts only). */
  | 'PRODUCTS_UPSERTED'
  /** Added a product to the catalog. */
  | 'PRODUCT_CREATED'
  /** Set or removed prices in a price level (one change per product, by reference). */
  | 'PRODUCT_PRICES_SET'
  /** Set or removed prices by reference in one call (counts only). */
  | 'PRODUCT_PRICES_UPSERTED'
  /** Changed a product (reference, name, active, barcode, pack size, unit, tax rate). */
  | 'PRODUCT_UPDATED'
  /** Accepted a quote on the customer's behalf (viewing the store as it). */
  | 'QUOTE_ACCEPTED'
  /** Commented on a quote. */
  | 'QUOTE_COMMENTED'
  /** Declined a quote on the customer's behalf (viewing the store as it). */
  | 'QUOTE_DECLINED'
  /** Sent a quote's proposal to the customer. */
  | 'QUOTE_SENT'
  /** Changed a quote's lines, prices, expiry date or message. */
  | 'QUOTE_UPDATED'
  /** Approved an access request. */
  | 'REGISTRATION_APPROVED'
  /** Refused an access request. */
  | 'REGISTRATION_REFUSED'
  /** Changed store settings. */
  | 'SETTINGS_UPDATED'
  /** Created a staff account (its password is never recorded). */
  | 'STAFF_CREATED'
  /** Changed a staff account (name, email, role, language, active). */
  | 'STAFF_UPDATED'
  /** Set stock at a storage location (one change per product, by reference). */
  | 'STOCK_LEVELS_SET'
  /** Set stock by reference in one call (counts only). */
  | 'STOCK_LEVELS_UPSERTED'
  /** Created a storage location. */
  | 'STORAGE_LOCATION_CREATED'
  /** Changed a storage location. */
  | 'STORAGE_LOCATION_UPDATED'
  /** Approved a store access that awaited approval. */
  | 'STORE_ACCESS_APPROVED'
  /** Blocked a store access. */
  | 'STORE_ACCESS_BLOCKED'
  /** Granted a store access (the temporary password is never recorded). */
  | 'STORE_ACCESS_GRANTED'
  /** Changed the store language of an access's user. */
  | 'STORE_ACCESS_LANGUAGE_CHANGED'
  /** Gave a store access a new temporary password (never recorded). */
  | 'STORE_ACCESS_PASSWORD_REGENERATED'
  /** Unblocked a store access. */
  | 'STORE_ACCESS_UNBLOCKED'
  /** Created a tax rate. */
  | 'TAX_RATE_CREATED'
  /** Deleted a tax rate. */
  | 'TAX_RATE_DELETED'
  /** Changed a tax rate. */
  | 'TAX_RATE_UPDATED'
  /** Started viewing the store as the customer. */
  | 'VIEW_AS_CLIENT_START'
  /** Stopped viewing the store as the customer. */
  | 'VIEW_AS_CLIENT_STOP'
  /** Sent a webhook delivery again. */
  | 'WEBHOOK_DELIVERY_REDELIVERED'
  /** Registered a webhook endpoint (its secret is never recorded). */
  | 'WEBHOOK_ENDPOINT_CREATED'
  /** Deleted a webhook endpoint. */
  | 'WEBHOOK_ENDPOINT_DELETED'
  /** Changed a webhook endpoint. */
  | 'WEBHOOK_ENDPOINT_UPDATED'
  /** Gave a webhook endpoint a new signing secret (never recorded). */
  | 'WEBHOOK_SECRET_ROTATED';

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
  /** Why the customer pays no VAT; null: it pays VAT. REVERSE_CHARGE needs a VAT number. */
  taxExemption?: TaxExemption | null | undefined;
  /** Legal mention printed instead of VAT (up to 500 characters); null or empty removes it. */
  taxExemptionMention?: string | null | undefined;
  /** VAT number; null or empty removes it. */
  vatNumber?: string | null | undefined;
  /** What the customer may see; everything when omitted. */
  visibility?: VisibilityInput | null | undefined;
};

/** Exclude a customer from the store temporarily. */
export type CustomerExcludeInput = {
  /** The customer. */
  id: string;
  /** Why, shown to the customer's users (e.g. "unpaid invoices"). */
  reason: string;
};

/** Lift a customer's exclusion. */
export type CustomerExclusionLiftInput = {
  /** The customer. */
  id: string;
};

/** Which customers: the same filters as the customer list. */
export type CustomerFilterInput = {
  /** Only customers with an access in this status; NONE: customers without any access. */
  accessStatus?: StoreAccessStatus | null | undefined;
  /** Only customers with this document language. */
  language?: Language | null | undefined;
  /** Only customers with this own price level. */
  priceLevelId?: string | null | undefined;
  /** Search in name, customer number and contact emails. */
  query?: string | null | undefined;
  /** Only customers in this status. */
  status?: CustomerStatus | null | undefined;
  /** Delta sync: only customers changed (details, contacts, delivery sites, visibility, exclusion) at or after this instant, sorted oldest change first by (updatedAt, id) instead of by name. Start the next sync a minute before the last `updatedAt` seen (see docs/integration.md). */
  updatedSince?: string | null | undefined;
};

/** Whether a customer may use the store. */
export type CustomerStatus =
  /** Normal: its users may browse and order. */
  | 'ACTIVE'
  /** No longer a customer; kept for history. */
  | 'ARCHIVED'
  /** Temporarily excluded (e.g. unpaid invoices): its users see why and cannot order. */
  | 'EXCLUDED';

/** Changes to a customer; omitted fields stay as they are. */
export type CustomerUpdateInput = {
  /** The full list of contacts (replaces the current one); the first is the primary contact. */
  contacts?: Array<ContactInput> | null | undefined;
  /** Customer number, unique (editable inline in the hub). */
  customerNumber?: string | null | undefined;
  /** The full list of delivery sites (replaces the current one). */
  deliverySites?: Array<DeliverySiteInput> | null | undefined;
  /** Language of documents and emails. */
  documentLanguage?: Language | null | undefined;
  /** The customer. */
  id: string;
  /** Company name. */
  name?: string | null | undefined;
  /** Price level; null sets the store's default level. */
  priceLevelId?: string | null | undefined;
  /** Private message; null or empty removes it. */
  privateMessage?: string | null | undefined;
  /** Storage location; null sets the default location. */
  storageLocationId?: string | null | undefined;
  /** Why the customer pays no VAT; null: it pays VAT. REVERSE_CHARGE needs a VAT number. */
  taxExemption?: TaxExemption | null | undefined;
  /** Legal mention printed instead of VAT (up to 500 characters); null or empty removes it. */
  taxExemptionMention?: string | null | undefined;
  /** VAT number; null or empty removes it. */
  vatNumber?: string | null | undefined;
  /** What the customer may see. */
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

/** Kinds of notifications the viewing staff member has now seen. */
export type HubNotificationsMarkReadInput = {
  /** The kinds to mark as read; everything of these kinds up to now counts as seen. */
  kinds: Array<NotificationKind>;
};

/** A language for the store, the hub, documents and emails (BCP 47: ISO 639-1, and pt-BR for Brazilian Portuguese). */
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
  /** Portuguese (Portugal) */
  | 'PT'
  /** Portuguese (Brazil) */
  | 'PT_BR';

/** A group of the hub's bell notifications, read as a whole. */
export type NotificationKind =
  /** Orders placed and awaiting validation. */
  | 'NEW_ORDERS'
  /** Store accesses awaiting approval. */
  | 'PENDING_APPROVALS'
  /** Quotes requested by customers, awaiting the supplier's proposal. */
  | 'QUOTE_REQUESTS'
  /** Access requests awaiting a decision. */
  | 'REGISTRATION_REQUESTS';

/** The supplier's own reference for an order, e.g. the sales-order number its ERP gave it. */
export type OrderAcknowledgeInput = {
  /** The reference (1–100 characters, trimmed); shown to staff and to the customer, and searchable. */
  externalReference: string;
  /** The order. */
  orderId: string;
};

/** Who made a change on an order. */
export type OrderActorKind =
  /** An integration using an API token. */
  | 'INTEGRATOR'
  /** A user of the customer (through the store). */
  | 'SHOP_USER'
  /** A staff member of the supplier (through the hub). */
  | 'STAFF';

/** What happened to an order, as shown on its timeline. */
export type OrderEventKind =
  /** The supplier's system (or an admin) recorded its own reference for the order, or replaced it. */
  | 'ACKNOWLEDGED'
  /** The order was cancelled. */
  | 'CANCELLED'
  /** The order was received. */
  | 'DELIVERED'
  /** The customer placed the order. */
  | 'PLACED'
  /** The supplier refused the order, with a reason. */
  | 'REJECTED'
  /** The order was sent. */
  | 'SHIPPED'
  /** The supplier changed the shipping cost (and so the total). */
  | 'SHIPPING_COST_CHANGED'
  /** The supplier accepted the order. */
  | 'VALIDATED';

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

/** An order to reject, with the reason the customer is told. */
export type OrderRejectInput = {
  /** The order. */
  orderId: string;
  /** Why the order is refused (required; at most 2000 characters). */
  reason: string;
};

/** A past order whose lines to add to the viewer's cart again. */
export type OrderReorderInput = {
  /** The order. */
  orderId: string;
};

/** A new shipping cost for an order that is not shipped or closed yet. */
export type OrderShippingCostUpdateInput = {
  /** The order. */
  orderId: string;
  /** The new shipping cost in the order's currency, e.g. "12.50" (0 or more, at most 2 decimals; a comma is accepted). */
  shippingCost: string;
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

/** An order to move to another status (validate, ship, deliver or cancel). */
export type OrderStatusChangeInput = {
  /** The order. */
  orderId: string;
  /** Why, shown to the customer on the order and in the email (optional; at most 2000 characters). */
  reason?: string | null | undefined;
};

/** Who is emailed when a store access awaits approval. */
export type PendingApprovalRecipients =
  /** Every active admin, each in their language. */
  | 'ADMINS'
  /** Nobody: staff see waiting accesses in the hub's bell only. */
  | 'NOBODY';

/** Approve an access request: link it to an existing customer or create one. */
export type RegistrationRequestApproveInput = {
  /** An existing customer to link the applicant to. */
  customerId?: string | null | undefined;
  /** Customer number of the new customer (when `customerId` is omitted). */
  customerNumber?: string | null | undefined;
  /** The request. */
  id: string;
};

/** Refuse an access request. */
export type RegistrationRequestRefuseInput = {
  /** The request. */
  id: string;
  /** Optional reason, sent to the applicant. */
  reason?: string | null | undefined;
};

/** A request for store access from the public form. */
export type RegistrationRequestSubmitInput = {
  /** Postal address. */
  address?: string | null | undefined;
  /** Company name. */
  companyName: string;
  /** Contact person. */
  contactName: string;
  /** Email; becomes the username on approval. */
  email: string;
  /** Language for the answer; defaults to the request's language. */
  language?: Language | null | undefined;
  /** Message to the supplier. */
  message?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** VAT number, e.g. "BE0123456789". */
  vatNumber?: string | null | undefined;
  /** Leave empty. (A field hidden from people, to catch bots.) */
  website?: string | null | undefined;
};

/** Where an access request stands. */
export type RegistrationStatus =
  /** Approved: a customer was created or linked and access granted. */
  | 'APPROVED'
  /** Waiting for staff. */
  | 'PENDING'
  /** Refused, optionally with a reason sent to the applicant. */
  | 'REFUSED';

/** Choose the customer the signed-in shop user orders for. */
export type ShopUserCustomerSwitchInput = {
  /** One of the customers in `shopUserCustomers`. */
  customerId: string;
};

/** A new password for the signed-in shop user. */
export type ShopUserPasswordChangeInput = {
  /** The current (possibly temporary) password. */
  currentPassword: string;
  /** The new password: at least 8 characters with letters and digits. */
  newPassword: string;
  /** The new password again. */
  newPasswordConfirmation: string;
};

/** Set a new password from a reset link. */
export type ShopUserPasswordResetCompleteInput = {
  /** The new password: at least 8 characters with letters and digits. */
  newPassword: string;
  /** The new password again. */
  newPasswordConfirmation: string;
  /** The token from the emailed link. */
  token: string;
};

/** Ask for a password-reset link. */
export type ShopUserPasswordResetRequestInput = {
  /** The email the user signs in with. */
  email: string;
};

/** Email and password. */
export type SignInInput = {
  /** Email address (case does not matter). */
  email: string;
  /** Password. */
  password: string;
};

/** A new staff member. */
export type StaffCreateInput = {
  /** Email, the sign-in name. */
  email: string;
  /** Hub language (default English). */
  language?: Language | null | undefined;
  /** Full name. */
  name: string;
  /** Initial password: at least 8 characters with letters and digits. */
  password: string;
  /** The password again. */
  passwordConfirmation: string;
  /** Role. */
  role: StaffRole;
};

/** A staff member's role in the hub. */
export type StaffRole =
  /** Everything, including store settings, staff accounts and API tokens. */
  | 'ADMIN'
  /** Customers, store accesses, orders, and viewing the store as a customer. */
  | 'SALES';

/** Changes to a staff member; omitted fields stay as they are. */
export type StaffUpdateInput = {
  /** False deactivates the member and ends their sessions. */
  active?: boolean | null | undefined;
  /** The staff member. */
  id: string;
  /** Hub language. */
  language?: Language | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Role. */
  role?: StaffRole | null | undefined;
};

/** Grant access to many customers at once (product A4): each customer's primary email, one visibility for all. */
export type StoreAccessBulkGrantInput = {
  /** The customers; or give `filter` for all customers matching it. */
  customerIds?: Array<string> | null | undefined;
  /** All customers matching these filters (used when `customerIds` is empty). */
  filter?: CustomerFilterInput | null | undefined;
  /** A key the client generates once; repeating the request with it returns the same task. */
  idempotencyKey: string;
  /** What every one of these customers may see. */
  visibility?: VisibilityInput | null | undefined;
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

/** Which store access. */
export type StoreAccessIdInput = {
  /** The store access. */
  id: string;
};

/** Give a store access a new temporary password. */
export type StoreAccessRegeneratePasswordInput = {
  /** "I will hand it over myself" (issue 17, H4): true sends no email; the new password is answered once here. */
  handOver?: boolean | null | undefined;
  /** The store access. */
  id: string;
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

/** Changes to the store settings; omitted fields stay as they are. */
export type StoreSettingsUpdateInput = {
  /** The status email sent when an order is shipped carries the delivery note PDF. */
  attachDeliveryNoteToEmails?: boolean | null | undefined;
  /** The order-confirmation email carries the confirmation (or quote) PDF. */
  attachPdfToEmails?: boolean | null | undefined;
  /** New accesses are active at once (true) or await approval (false). */
  autoApproveBuyers?: boolean | null | undefined;
  /** BIC on order confirmations. At most 20 characters; an empty text clears it. */
  bic?: string | null | undefined;
  /** Company registration on documents. At most 100 characters; an empty text clears it. */
  companyRegistration?: string | null | undefined;
  /** Currency of shipping costs and of the default price level. */
  currencyCode?: CurrencyCode | null | undefined;
  /** Footer text of every document. At most 1000 characters; an empty text clears it. */
  documentFooter?: string | null | undefined;
  /** IBAN on order confirmations. At most 40 characters; an empty text clears it. */
  iban?: string | null | undefined;
  /** Postal address on documents. At most 500 characters; an empty text clears it. */
  legalAddress?: string | null | undefined;
  /** Legal name on documents; empty: the store name. At most 200 characters; an empty text clears it. */
  legalName?: string | null | undefined;
  /** Payment terms on order confirmations. At most 500 characters; an empty text clears it. */
  paymentTerms?: string | null | undefined;
  /** Who is emailed when an access awaits approval. */
  pendingApprovalRecipients?: PendingApprovalRecipients | null | undefined;
  /** Prices and shipping costs are shown and entered with VAT (true) or without (false, the B2B norm). */
  pricesIncludeTax?: boolean | null | undefined;
  /** New orders reuse the customer's previous shipping cost. */
  reusePreviousShippingCost?: boolean | null | undefined;
  /** The public access-request form accepts requests. */
  selfRegistrationEnabled?: boolean | null | undefined;
  /** The VAT rate of shipping costs; null: the default rate. */
  shippingTaxRateId?: string | null | undefined;
  /** The sign-in page shows a "Request access" button. */
  showAccessRequestButton?: boolean | null | undefined;
  /** Customers see stock. */
  showStock?: boolean | null | undefined;
  /** The supplier's name, shown in the store and emails. */
  storeName?: string | null | undefined;
  /** How VAT is rounded: per line or per rate total. */
  taxRounding?: TaxRounding | null | undefined;
  /** VAT number on documents. At most 40 characters; an empty text clears it. */
  vatNumber?: string | null | undefined;
};

/** Where a long-running task stands. */
export type TaskStatus =
  /** Stopped on an unexpected error; see `error`. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** In progress; see `processed` of `total`. */
  | 'RUNNING'
  /** Finished; see the result counts and skipped items. */
  | 'SUCCEEDED';

/** Why a customer pays no VAT (issue 15, D1). */
export type TaxExemption =
  /** Export outside the VAT area. */
  | 'EXPORT'
  /** Intra-EU supply to a business with a VAT number: the customer accounts for the VAT (reverse charge). */
  | 'REVERSE_CHARGE';

/** How VAT is rounded to the cent (decision 35). */
export type TaxRounding =
  /** Each line's VAT is rounded, then the rounded amounts are added up per rate. */
  | 'PER_LINE'
  /** The lines of a rate are added up first; the VAT of each rate is rounded once. */
  | 'PER_TOTAL';

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
  /** Several VAT rates have this percentage; name the rate instead. */
  | 'AMBIGUOUS_TAX_RATE'
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
  /** A line of a past order or of an order list is no longer available, visible or orderable; the message names its reference and name. */
  | 'LINE_UNAVAILABLE'
  /** Two tags or seasons would have the same name in the new catalog language; the message names it. */
  | 'LIST_NAME_CLASH'
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
  /** The order list was published by the supplier and cannot be changed by its customers; copy it to change it. */
  | 'ORDER_LIST_READ_ONLY'
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
  /** The quote's expiry date has passed: it can no longer be accepted; ask the supplier for a new proposal. */
  | 'QUOTE_EXPIRED'
  /** The quote was already accepted or declined: its lines, prices and expiry date can no longer change. */
  | 'QUOTE_NOT_EDITABLE'
  /** The quote cannot be answered now: it is not (or no longer) a proposal sent by the supplier (accepted, declined, or being revised). */
  | 'QUOTE_NOT_OPEN'
  /** A quote without lines cannot be sent. */
  | 'QUOTE_NO_LINES'
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
  /** Products have no name in the new catalog language; the message says how many, the payload names them. Fill them in (CSV `name:<language>` column) or confirm keeping their current name. */
  | 'TRANSLATIONS_MISSING'
  /** No brand has this name or id; brands are a managed list. */
  | 'UNKNOWN_BRAND'
  /** The CSV header has columns Comptoir does not know. */
  | 'UNKNOWN_COLUMN'
  /** The delivery site is not one of the customer's. */
  | 'UNKNOWN_DELIVERY_SITE'
  /** The document id is unknown, belongs to another customer or is already attached to an order. */
  | 'UNKNOWN_DOCUMENT'
  /** The language code is not one the store speaks (en, fr, nl, de, pt, pt-BR, es). */
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
  /** No VAT rate has this name (case aside) or percentage (catalog CSV `tax_rate` column, productsUpsert `taxRate`). */
  | 'UNKNOWN_TAX_RATE'
  /** The current password given is wrong. */
  | 'WRONG_PASSWORD';

/** Open the store as one customer. */
export type ViewAsClientStartInput = {
  /** The customer. */
  customerId: string;
};

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

export type AccessManagement_StoreSettingsUpdateMutationVariables = Exact<{
  i: StoreSettingsUpdateInput;
}>;


export type AccessManagement_StoreSettingsUpdateMutation = { storeSettingsUpdate: { storeSettings: { autoApproveBuyers: boolean, selfRegistrationEnabled: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_StaffCreateMutationVariables = Exact<{
  i: StaffCreateInput;
}>;


export type AccessManagement_StaffCreateMutation = { staffCreate: { staff: { id: string, email: string, role: StaffRole, active: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type AccessManagement_StaffUpdateMutationVariables = Exact<{
  i: StaffUpdateInput;
}>;


export type AccessManagement_StaffUpdateMutation = { staffUpdate: { staff: { role: StaffRole, active: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } };

export type AccessManagement_StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_StaffMembersQuery = { staffMembers: Array<{ email: string }> };

export type AccessManagement_StaffMembers2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_StaffMembers2Query = { staffMembers: Array<{ id: string, email: string, role: StaffRole }> };

export type AccessManagement_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_ViewerQuery = { viewer: { kind: ViewerKind } };

export type AccessManagement_CustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_CustomersQuery = { customers: { totalCount: number, edges: Array<{ node: { name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccessManagement_Customers2QueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type AccessManagement_Customers2Query = { customers: { edges: Array<{ node: { name: string } }> } };

export type AccessManagement_Customers3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Customers3Query = { customers: { edges: Array<{ node: { customerNumber: string } }> } };

export type AccessManagement_Customers4QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Customers4Query = { customers: { edges: Array<{ node: { id: string } }> } };

export type AccessManagement_Customers5QueryVariables = Exact<{
  p?: string | null | undefined;
}>;


export type AccessManagement_Customers5Query = { customers: { edges: Array<{ node: { customerNumber: string } }> } };

export type AccessManagement_Customers6QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Customers6Query = { customers: { totalCount: number } };

export type AccessManagement_Customers7QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Customers7Query = { customers: { totalCount: number } };

export type AccessManagement_CustomerQueryVariables = Exact<{
  id: string;
}>;


export type AccessManagement_CustomerQuery = { customer: { privateMessage: string | null, accessCount: number, emailAccesses: Array<{ email: string, status: StoreAccessStatus, storeAccess: { lastAccessAt: string | null } | null }>, visibility: { tags: Array<{ name: string }> } } };

export type AccessManagement_StoreAccessBlockMutationVariables = Exact<{
  i: StoreAccessIdInput;
}>;


export type AccessManagement_StoreAccessBlockMutation = { storeAccessBlock: { storeAccess: { status: StoreAccessStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_Viewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Viewer2Query = { viewer: { kind: ViewerKind } };

export type AccessManagement_StoreAccessUnblockMutationVariables = Exact<{
  i: StoreAccessIdInput;
}>;


export type AccessManagement_StoreAccessUnblockMutation = { storeAccessUnblock: { userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_StoreAccessRegeneratePasswordMutationVariables = Exact<{
  i: StoreAccessRegeneratePasswordInput;
}>;


export type AccessManagement_StoreAccessRegeneratePasswordMutation = { storeAccessRegeneratePassword: { temporaryPassword: string | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_HubNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_HubNotificationsQuery = { hubNotifications: { total: number, pendingApprovalCount: number, pendingApprovals: Array<{ email: string, customer: { name: string } }> } };

export type AccessManagement_ProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_ProductsQuery = { products: { totalCount: number } };

export type AccessManagement_CartLinesAddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type AccessManagement_CartLinesAddMutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_OrderPlaceMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_OrderPlaceMutation = { orderPlace: { order: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type AccessManagement_StoreAccessApproveMutationVariables = Exact<{
  i: StoreAccessIdInput;
}>;


export type AccessManagement_StoreAccessApproveMutation = { storeAccessApprove: { storeAccess: { status: StoreAccessStatus } | null } };

export type AccessManagement_OrderPlace2MutationVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_OrderPlace2Mutation = { orderPlace: { order: { status: OrderStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_CartLinesAdd2MutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type AccessManagement_CartLinesAdd2Mutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_CustomerExcludeMutationVariables = Exact<{
  i: CustomerExcludeInput;
}>;


export type AccessManagement_CustomerExcludeMutation = { customerExclude: { userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_CustomerExclude2MutationVariables = Exact<{
  i: CustomerExcludeInput;
}>;


export type AccessManagement_CustomerExclude2Mutation = { customerExclude: { customer: { status: CustomerStatus } | null } };

export type AccessManagement_Viewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Viewer3Query = { viewer: { customer: { status: CustomerStatus, exclusionReason: string | null } | null } };

export type AccessManagement_OrderPlace3MutationVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_OrderPlace3Mutation = { orderPlace: { userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type AccessManagement_CustomerExclusionLiftMutationVariables = Exact<{
  i: CustomerExclusionLiftInput;
}>;


export type AccessManagement_CustomerExclusionLiftMutation = { customerExclusionLift: { customer: { status: CustomerStatus } | null } };

export type AccessManagement_CartQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_CartQuery = { cart: { lines: Array<{ quantity: number }> } };

export type AccessManagement_OrderPlace4MutationVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_OrderPlace4Mutation = { orderPlace: { order: { status: OrderStatus } | null } };

export type AccessManagement_StoreAccessBulkGrantMutationVariables = Exact<{
  i: StoreAccessBulkGrantInput;
}>;


export type AccessManagement_StoreAccessBulkGrantMutation = { storeAccessBulkGrant: { task: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AccessManagement_TaskQueryVariables = Exact<{
  id: string;
}>;


export type AccessManagement_TaskQuery = { task: { status: TaskStatus, total: number, processed: number, succeeded: number, progress: number, skipped: Array<{ label: string, code: UserErrorCode, message: string }> } };

export type AccessManagement_ShopUserPasswordResetRequestMutationVariables = Exact<{
  i: ShopUserPasswordResetRequestInput;
}>;


export type AccessManagement_ShopUserPasswordResetRequestMutation = { shopUserPasswordResetRequest: { ok: boolean, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_ShopUserPasswordResetCompleteMutationVariables = Exact<{
  i: ShopUserPasswordResetCompleteInput;
}>;


export type AccessManagement_ShopUserPasswordResetCompleteMutation = { shopUserPasswordResetComplete: { ok: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AccessManagement_Viewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Viewer4Query = { viewer: { mustChangePassword: boolean } };

export type AccessManagement_RegistrationRequestSubmitMutationVariables = Exact<{
  i: RegistrationRequestSubmitInput;
}>;


export type AccessManagement_RegistrationRequestSubmitMutation = { registrationRequestSubmit: { received: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AccessManagement_HubNotifications2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_HubNotifications2Query = { hubNotifications: { registrationRequestCount: number, registrationRequests: Array<{ email: string, vatNumber: string | null, language: Language }> } };

export type AccessManagement_RegistrationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_RegistrationRequestsQuery = { registrationRequests: { edges: Array<{ node: { id: string } }> } };

export type AccessManagement_RegistrationRequestApproveMutationVariables = Exact<{
  i: RegistrationRequestApproveInput;
}>;


export type AccessManagement_RegistrationRequestApproveMutation = { registrationRequestApprove: { registrationRequest: { status: RegistrationStatus, customer: { name: string, customerNumber: string, documentLanguage: Language } | null } | null, storeAccess: { email: string, status: StoreAccessStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AccessManagement_RegistrationRequests2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_RegistrationRequests2Query = { registrationRequests: { edges: Array<{ node: { id: string, email: string } }> } };

export type AccessManagement_RegistrationRequestRefuseMutationVariables = Exact<{
  i: RegistrationRequestRefuseInput;
}>;


export type AccessManagement_RegistrationRequestRefuseMutation = { registrationRequestRefuse: { registrationRequest: { status: RegistrationStatus, refusalReason: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_ApiTokenCreateMutationVariables = Exact<{
  i: ApiTokenCreateInput;
}>;


export type AccessManagement_ApiTokenCreateMutation = { apiTokenCreate: { token: string | null, apiToken: { id: string, prefix: string, scopes: Array<ApiScope> } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AccessManagement_ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_ApiTokensQuery = { apiTokens: Array<{ prefix: string, scopes: Array<ApiScope> }> };

export type AccessManagement_Products2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Products2Query = { products: { totalCount: number } };

export type AccessManagement_Customers8QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Customers8Query = { customers: { totalCount: number } };

export type AccessManagement_ApiTokenRevokeMutationVariables = Exact<{
  i: ApiTokenRevokeInput;
}>;


export type AccessManagement_ApiTokenRevokeMutation = { apiTokenRevoke: { apiToken: { revokedAt: string | null } | null } };

export type AccessManagement_Products3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessManagement_Products3Query = { products: { totalCount: number } };

export type Activity_CustomerQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type Activity_CustomerQuery = { customer: { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: ActivityKind, detail: string | null, createdAt: string, shopUser: { email: string } | null } }> } } };

export type Activity_HubNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type Activity_HubNotificationsQuery = { hubNotifications: { total: number, unreadCount: number, unreadOrderCount: number, unreadApprovalCount: number, unreadRegistrationCount: number, submittedOrderCount: number, submittedOrders: Array<{ number: string }> } };

export type Activity_HubNotificationsMarkReadMutationVariables = Exact<{
  i: HubNotificationsMarkReadInput;
}>;


export type Activity_HubNotificationsMarkReadMutation = { hubNotificationsMarkRead: { hubNotifications: { unreadCount: number, unreadOrderCount: number, unreadRegistrationCount: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type Activity_ProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type Activity_ProductsQuery = { products: { totalCount: number } };

export type Activity_ProductQueryVariables = Exact<{
  id: string;
}>;


export type Activity_ProductQuery = { product: { name: string } };

export type Activity_CartLinesAddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type Activity_CartLinesAddMutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type Activity_OrderPlaceMutationVariables = Exact<{ [key: string]: never; }>;


export type Activity_OrderPlaceMutation = { orderPlace: { order: { number: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type Activity_ViewAsClientStartMutationVariables = Exact<{
  i: ViewAsClientStartInput;
}>;


export type Activity_ViewAsClientStartMutation = { viewAsClientStart: { userErrors: Array<{ code: UserErrorCode }> } };

export type Activity_Products2QueryVariables = Exact<{ [key: string]: never; }>;


export type Activity_Products2Query = { products: { totalCount: number } };

export type Activity_Customer2QueryVariables = Exact<{
  id: string;
}>;


export type Activity_Customer2Query = { customer: { storeAccesses: Array<{ lastAccessAt: string | null }> } };

export type Activity_StoreSettingsUpdateMutationVariables = Exact<{ [key: string]: never; }>;


export type Activity_StoreSettingsUpdateMutation = { storeSettingsUpdate: { userErrors: Array<{ code: UserErrorCode }> } };

export type Activity_RegistrationRequestSubmitMutationVariables = Exact<{ [key: string]: never; }>;


export type Activity_RegistrationRequestSubmitMutation = { registrationRequestSubmit: { received: boolean } };

export type Activity_OrderPlace2MutationVariables = Exact<{ [key: string]: never; }>;


export type Activity_OrderPlace2Mutation = { orderPlace: { userErrors: Array<{ code: UserErrorCode }> } };

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

export type ErpPull_OrderAcknowledgeMutationVariables = Exact<{
  i: OrderAcknowledgeInput;
}>;


export type ErpPull_OrderAcknowledgeMutation = { orderAcknowledge: { order: { id: string, externalReference: string | null, acknowledgedAt: string | null, updatedAt: string, timeline: Array<{ kind: OrderEventKind, externalReference: string | null, previousExternalReference: string | null, actorKind: OrderActorKind | null, actorName: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ErpPull_OrdersQueryVariables = Exact<{
  since: string;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ErpPull_OrdersQuery = { orders: { edges: Array<{ cursor: string, node: { id: string, number: string, status: OrderStatus, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ErpPull_CartLinesAddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type ErpPull_CartLinesAddMutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type ErpPull_OrderPlaceMutationVariables = Exact<{
  i: OrderPlaceInput;
}>;


export type ErpPull_OrderPlaceMutation = { orderPlace: { order: { id: string, number: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ErpPull_ApiTokenCreateMutationVariables = Exact<{
  i: ApiTokenCreateInput;
}>;


export type ErpPull_ApiTokenCreateMutation = { apiTokenCreate: { token: string | null } };

export type ErpPull_Orders2QueryVariables = Exact<{
  since: string;
}>;


export type ErpPull_Orders2Query = { orders: { edges: Array<{ node: { id: string } }> } };

export type ErpPull_OrderValidateMutationVariables = Exact<{
  i: OrderStatusChangeInput;
}>;


export type ErpPull_OrderValidateMutation = { orderValidate: { userErrors: Array<{ code: UserErrorCode }> } };

export type ErpPull_Orders3QueryVariables = Exact<{ [key: string]: never; }>;


export type ErpPull_Orders3Query = { orders: { edges: Array<{ node: { id: string } }> } };

export type ErpPull_Orders4QueryVariables = Exact<{ [key: string]: never; }>;


export type ErpPull_Orders4Query = { orders: { edges: Array<{ node: { id: string } }> } };

export type ErpPull_Orders5QueryVariables = Exact<{ [key: string]: never; }>;


export type ErpPull_Orders5Query = { orders: { edges: Array<{ node: { id: string, externalReference: string | null } }> } };

export type ErpPull_Orders6QueryVariables = Exact<{ [key: string]: never; }>;


export type ErpPull_Orders6Query = { orders: { edges: Array<{ node: { id: string, externalReference: string | null, timeline: Array<{ kind: OrderEventKind, actorName: string | null }> } }> } };

export type ErpPull_Orders7QueryVariables = Exact<{ [key: string]: never; }>;


export type ErpPull_Orders7Query = { orders: { edges: Array<{ node: { id: string } }> } };

export type ErpPull_OrderQueryVariables = Exact<{
  id: string;
}>;


export type ErpPull_OrderQuery = { order: { externalReference: string | null } };

export type ErpPull_Order2QueryVariables = Exact<{
  id: string;
}>;


export type ErpPull_Order2Query = { order: { externalReference: string | null, timeline: Array<{ kind: OrderEventKind, externalReference: string | null, previousExternalReference: string | null }> } };

export type ErpPull_Order3QueryVariables = Exact<{
  id: string;
}>;


export type ErpPull_Order3Query = { order: { externalReference: string | null, acknowledgedAt: string | null, timeline: Array<{ kind: OrderEventKind }> } };

export type ErpPull_CustomersQueryVariables = Exact<{
  since: string;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ErpPull_CustomersQuery = { customers: { edges: Array<{ node: { id: string, customerNumber: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ErpPull_CustomerQueryVariables = Exact<{
  id: string;
}>;


export type ErpPull_CustomerQuery = { customer: { auditEvents: { edges: Array<{ node: { action: AuditAction, actorName: string | null, staff: { name: string } | null } }> } } };

export type ErpPull_CustomerUpdateMutationVariables = Exact<{
  i: CustomerUpdateInput;
}>;


export type ErpPull_CustomerUpdateMutation = { customerUpdate: { userErrors: Array<{ code: UserErrorCode }> } };

export type ErpPull_CustomerUpdate2MutationVariables = Exact<{
  i: CustomerUpdateInput;
}>;


export type ErpPull_CustomerUpdate2Mutation = { customerUpdate: { customer: { updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ErpPull_CustomerExcludeMutationVariables = Exact<{
  i: CustomerExcludeInput;
}>;


export type ErpPull_CustomerExcludeMutation = { customerExclude: { userErrors: Array<{ code: UserErrorCode }> } };

export type OrderPlacement_AddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type OrderPlacement_AddMutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type OrderPlacement_PlaceMutationVariables = Exact<{
  i: OrderPlaceInput;
}>;


export type OrderPlacement_PlaceMutation = { orderPlace: { order: { id: string, number: string, status: OrderStatus, kind: OrderKind, orderDate: string | null, requestedDeliveryDate: string | null, purchaseOrderReference: string | null, notes: string | null, placedOnBehalfBy: string | null, placedBy: { email: string } | null, deliverySite: { name: string } | null, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, lines: Array<{ reference: string, quantity: number, unitPrice: { amount: string } }>, documents: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_OrderFieldsFragment = { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> };

export type OrderWorkflow_ValidateMutationVariables = Exact<{
  i: OrderStatusChangeInput;
}>;


export type OrderWorkflow_ValidateMutation = { orderValidate: { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_RejectMutationVariables = Exact<{
  i: OrderRejectInput;
}>;


export type OrderWorkflow_RejectMutation = { orderReject: { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_ShipMutationVariables = Exact<{
  i: OrderStatusChangeInput;
}>;


export type OrderWorkflow_ShipMutation = { orderShip: { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_DeliverMutationVariables = Exact<{
  i: OrderStatusChangeInput;
}>;


export type OrderWorkflow_DeliverMutation = { orderDeliver: { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_CancelMutationVariables = Exact<{
  i: OrderStatusChangeInput;
}>;


export type OrderWorkflow_CancelMutation = { orderCancel: { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_ShippingCostMutationVariables = Exact<{
  i: OrderShippingCostUpdateInput;
}>;


export type OrderWorkflow_ShippingCostMutation = { orderShippingCostUpdate: { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_ReorderMutationVariables = Exact<{
  i: OrderReorderInput;
}>;


export type OrderWorkflow_ReorderMutation = { orderReorder: { addedLineCount: number, cart: { lines: Array<{ quantity: number, product: { reference: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_OrderQueryVariables = Exact<{
  id: string;
}>;


export type OrderWorkflow_OrderQuery = { order: { id: string, number: string, status: OrderStatus, shippingCost: { amount: string }, subtotal: { amount: string }, total: { amount: string }, timeline: Array<{ kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, actorKind: OrderActorKind | null, actorName: string | null, at: string, shippingCost: { amount: string } | null, previousShippingCost: { amount: string } | null }> } };

export type OrderWorkflow_CartAddMutationVariables = Exact<{
  i: CartLinesAddInput;
}>;


export type OrderWorkflow_CartAddMutation = { cartLinesAdd: { userErrors: Array<{ code: UserErrorCode }> } };

export type OrderWorkflow_PlaceMutationVariables = Exact<{
  i: OrderPlaceInput;
}>;


export type OrderWorkflow_PlaceMutation = { orderPlace: { order: { id: string, number: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type OrderWorkflow_TokenCreateMutationVariables = Exact<{
  i: ApiTokenCreateInput;
}>;


export type OrderWorkflow_TokenCreateMutation = { apiTokenCreate: { token: string | null } };

export type OrderWorkflow_AllOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderWorkflow_AllOrdersQuery = { orders: { totalCount: number, edges: Array<{ node: { id: string, placedAt: string, status: OrderStatus, customer: { id: string, name: string } } }> } };

export type OrderWorkflow_SearchedQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderWorkflow_SearchedQuery = { orders: { totalCount: number, edges: Array<{ node: { customer: { name: string } } }> } };

export type OrderWorkflow_ListQueryVariables = Exact<{
  c?: string | null | undefined;
  s?: OrderStatus | null | undefined;
  from?: string | null | undefined;
  before?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type OrderWorkflow_ListQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: OrderStatus, customer: { name: string } } }> } };

export type OrderWorkflow_CustomerCreateMutationVariables = Exact<{
  i: CustomerCreateInput;
}>;


export type OrderWorkflow_CustomerCreateMutation = { customerCreate: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderWorkflow_GrantMutationVariables = Exact<{
  i: StoreAccessGrantInput;
}>;


export type OrderWorkflow_GrantMutation = { storeAccessGrant: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreUsers_StoreUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: StoreAccessStatus | null | undefined;
  customerId?: string | null | undefined;
  language?: Language | null | undefined;
  before?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
  cursor?: string | null | undefined;
}>;


export type StoreUsers_StoreUsersQuery = { storeUsers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, phone: string | null, language: Language, grantedAt: string, lastAccessAt: string | null, accessCount: number, accesses: Array<{ id: string, status: StoreAccessStatus, customer: { id: string, name: string, customerNumber: string } }> } }> } };

export type StoreUsers_StoreSettingsUpdateMutationVariables = Exact<{ [key: string]: never; }>;


export type StoreUsers_StoreSettingsUpdateMutation = { storeSettingsUpdate: { userErrors: Array<{ code: UserErrorCode }> } };

export type StoreUsers_StoreSettingsUpdate2MutationVariables = Exact<{ [key: string]: never; }>;


export type StoreUsers_StoreSettingsUpdate2Mutation = { storeSettingsUpdate: { userErrors: Array<{ code: UserErrorCode }> } };

export type StoreUsers_StoreAccessBlockMutationVariables = Exact<{
  id: string;
}>;


export type StoreUsers_StoreAccessBlockMutation = { storeAccessBlock: { userErrors: Array<{ code: UserErrorCode }> } };

export type Shared_CustomerCreateMutationVariables = Exact<{
  i: CustomerCreateInput;
}>;


export type Shared_CustomerCreateMutation = { customerCreate: { customer: { id: string, name: string, customerNumber: string, documentLanguage: Language, contacts: Array<{ id: string, email: string | null, phone: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Shared_CustomerUpdateMutationVariables = Exact<{
  i: CustomerUpdateInput;
}>;


export type Shared_CustomerUpdateMutation = { customerUpdate: { customer: { id: string, name: string, customerNumber: string, privateMessage: string | null, priceLevel: { code: string } | null, contacts: Array<{ id: string, name: string | null, email: string | null }>, deliverySites: Array<{ name: string, city: string, country: string }>, visibility: { tags: Array<{ name: string }>, brands: Array<{ name: string }>, seasons: Array<{ name: string }>, manufacturers: Array<{ name: string }> } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Shared_GrantMutationVariables = Exact<{
  i: StoreAccessGrantInput;
}>;


export type Shared_GrantMutation = { storeAccessGrant: { temporaryPassword: string | null, whatsAppUrl: string | null, storeAccess: { id: string, email: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Shared_ShopSignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type Shared_ShopSignInMutation = { shopUserSignIn: { token: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type Shared_PasswordChangeMutationVariables = Exact<{
  i: ShopUserPasswordChangeInput;
}>;


export type Shared_PasswordChangeMutation = { shopUserPasswordChange: { userErrors: Array<{ code: UserErrorCode }> } };

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
export const OrderWorkflow_OrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}
    `, {"fragmentName":"OrderWorkflow_OrderFields"}) as unknown as TypedDocumentString<OrderWorkflow_OrderFieldsFragment, unknown>;
export const AccessManagement_StoreSettingsUpdateDocument = new TypedDocumentString(`
    mutation AccessManagement_StoreSettingsUpdate($i: StoreSettingsUpdateInput!) {
  storeSettingsUpdate(input: $i) {
    storeSettings {
      autoApproveBuyers
      selfRegistrationEnabled
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StoreSettingsUpdateMutation, AccessManagement_StoreSettingsUpdateMutationVariables>;
export const AccessManagement_StaffCreateDocument = new TypedDocumentString(`
    mutation AccessManagement_StaffCreate($i: StaffCreateInput!) {
  staffCreate(input: $i) {
    staff {
      id
      email
      role
      active
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StaffCreateMutation, AccessManagement_StaffCreateMutationVariables>;
export const AccessManagement_StaffUpdateDocument = new TypedDocumentString(`
    mutation AccessManagement_StaffUpdate($i: StaffUpdateInput!) {
  staffUpdate(input: $i) {
    staff {
      role
      active
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StaffUpdateMutation, AccessManagement_StaffUpdateMutationVariables>;
export const AccessManagement_StaffMembersDocument = new TypedDocumentString(`
    query AccessManagement_StaffMembers {
  staffMembers {
    email
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StaffMembersQuery, AccessManagement_StaffMembersQueryVariables>;
export const AccessManagement_StaffMembers2Document = new TypedDocumentString(`
    query AccessManagement_StaffMembers2 {
  staffMembers {
    id
    email
    role
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StaffMembers2Query, AccessManagement_StaffMembers2QueryVariables>;
export const AccessManagement_ViewerDocument = new TypedDocumentString(`
    query AccessManagement_Viewer {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ViewerQuery, AccessManagement_ViewerQueryVariables>;
export const AccessManagement_CustomersDocument = new TypedDocumentString(`
    query AccessManagement_Customers {
  customers(first: 2) {
    totalCount
    edges {
      node {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CustomersQuery, AccessManagement_CustomersQueryVariables>;
export const AccessManagement_Customers2Document = new TypedDocumentString(`
    query AccessManagement_Customers2($a: String) {
  customers(first: 50, after: $a) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers2Query, AccessManagement_Customers2QueryVariables>;
export const AccessManagement_Customers3Document = new TypedDocumentString(`
    query AccessManagement_Customers3 {
  customers(first: 5, query: "b2@cust") {
    edges {
      node {
        customerNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers3Query, AccessManagement_Customers3QueryVariables>;
export const AccessManagement_Customers4Document = new TypedDocumentString(`
    query AccessManagement_Customers4 {
  customers(first: 1, query: "A-2") {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers4Query, AccessManagement_Customers4QueryVariables>;
export const AccessManagement_Customers5Document = new TypedDocumentString(`
    query AccessManagement_Customers5($p: ID) {
  customers(first: 5, priceLevelId: $p) {
    edges {
      node {
        customerNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers5Query, AccessManagement_Customers5QueryVariables>;
export const AccessManagement_Customers6Document = new TypedDocumentString(`
    query AccessManagement_Customers6 {
  customers(first: 5, language: NL) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers6Query, AccessManagement_Customers6QueryVariables>;
export const AccessManagement_Customers7Document = new TypedDocumentString(`
    query AccessManagement_Customers7 {
  customers(first: 50, accessStatus: NONE) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers7Query, AccessManagement_Customers7QueryVariables>;
export const AccessManagement_CustomerDocument = new TypedDocumentString(`
    query AccessManagement_Customer($id: ID!) {
  customer(id: $id) {
    privateMessage
    accessCount
    emailAccesses {
      email
      status
      storeAccess {
        lastAccessAt
      }
    }
    visibility {
      tags {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CustomerQuery, AccessManagement_CustomerQueryVariables>;
export const AccessManagement_StoreAccessBlockDocument = new TypedDocumentString(`
    mutation AccessManagement_StoreAccessBlock($i: StoreAccessIdInput!) {
  storeAccessBlock(input: $i) {
    storeAccess {
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StoreAccessBlockMutation, AccessManagement_StoreAccessBlockMutationVariables>;
export const AccessManagement_Viewer2Document = new TypedDocumentString(`
    query AccessManagement_Viewer2 {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Viewer2Query, AccessManagement_Viewer2QueryVariables>;
export const AccessManagement_StoreAccessUnblockDocument = new TypedDocumentString(`
    mutation AccessManagement_StoreAccessUnblock($i: StoreAccessIdInput!) {
  storeAccessUnblock(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StoreAccessUnblockMutation, AccessManagement_StoreAccessUnblockMutationVariables>;
export const AccessManagement_StoreAccessRegeneratePasswordDocument = new TypedDocumentString(`
    mutation AccessManagement_StoreAccessRegeneratePassword($i: StoreAccessRegeneratePasswordInput!) {
  storeAccessRegeneratePassword(input: $i) {
    temporaryPassword
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StoreAccessRegeneratePasswordMutation, AccessManagement_StoreAccessRegeneratePasswordMutationVariables>;
export const AccessManagement_HubNotificationsDocument = new TypedDocumentString(`
    query AccessManagement_HubNotifications {
  hubNotifications {
    total
    pendingApprovalCount
    pendingApprovals {
      email
      customer {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_HubNotificationsQuery, AccessManagement_HubNotificationsQueryVariables>;
export const AccessManagement_ProductsDocument = new TypedDocumentString(`
    query AccessManagement_Products {
  products(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ProductsQuery, AccessManagement_ProductsQueryVariables>;
export const AccessManagement_CartLinesAddDocument = new TypedDocumentString(`
    mutation AccessManagement_CartLinesAdd($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CartLinesAddMutation, AccessManagement_CartLinesAddMutationVariables>;
export const AccessManagement_OrderPlaceDocument = new TypedDocumentString(`
    mutation AccessManagement_OrderPlace {
  orderPlace(input: {idempotencyKey: "p1"}) {
    order {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_OrderPlaceMutation, AccessManagement_OrderPlaceMutationVariables>;
export const AccessManagement_StoreAccessApproveDocument = new TypedDocumentString(`
    mutation AccessManagement_StoreAccessApprove($i: StoreAccessIdInput!) {
  storeAccessApprove(input: $i) {
    storeAccess {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StoreAccessApproveMutation, AccessManagement_StoreAccessApproveMutationVariables>;
export const AccessManagement_OrderPlace2Document = new TypedDocumentString(`
    mutation AccessManagement_OrderPlace2 {
  orderPlace(input: {idempotencyKey: "p1"}) {
    order {
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_OrderPlace2Mutation, AccessManagement_OrderPlace2MutationVariables>;
export const AccessManagement_CartLinesAdd2Document = new TypedDocumentString(`
    mutation AccessManagement_CartLinesAdd2($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CartLinesAdd2Mutation, AccessManagement_CartLinesAdd2MutationVariables>;
export const AccessManagement_CustomerExcludeDocument = new TypedDocumentString(`
    mutation AccessManagement_CustomerExclude($i: CustomerExcludeInput!) {
  customerExclude(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CustomerExcludeMutation, AccessManagement_CustomerExcludeMutationVariables>;
export const AccessManagement_CustomerExclude2Document = new TypedDocumentString(`
    mutation AccessManagement_CustomerExclude2($i: CustomerExcludeInput!) {
  customerExclude(input: $i) {
    customer {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CustomerExclude2Mutation, AccessManagement_CustomerExclude2MutationVariables>;
export const AccessManagement_Viewer3Document = new TypedDocumentString(`
    query AccessManagement_Viewer3 {
  viewer {
    customer {
      status
      exclusionReason
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Viewer3Query, AccessManagement_Viewer3QueryVariables>;
export const AccessManagement_OrderPlace3Document = new TypedDocumentString(`
    mutation AccessManagement_OrderPlace3 {
  orderPlace(input: {idempotencyKey: "x1"}) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_OrderPlace3Mutation, AccessManagement_OrderPlace3MutationVariables>;
export const AccessManagement_CustomerExclusionLiftDocument = new TypedDocumentString(`
    mutation AccessManagement_CustomerExclusionLift($i: CustomerExclusionLiftInput!) {
  customerExclusionLift(input: $i) {
    customer {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CustomerExclusionLiftMutation, AccessManagement_CustomerExclusionLiftMutationVariables>;
export const AccessManagement_CartDocument = new TypedDocumentString(`
    query AccessManagement_Cart {
  cart {
    lines {
      quantity
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_CartQuery, AccessManagement_CartQueryVariables>;
export const AccessManagement_OrderPlace4Document = new TypedDocumentString(`
    mutation AccessManagement_OrderPlace4 {
  orderPlace(input: {idempotencyKey: "x1"}) {
    order {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_OrderPlace4Mutation, AccessManagement_OrderPlace4MutationVariables>;
export const AccessManagement_StoreAccessBulkGrantDocument = new TypedDocumentString(`
    mutation AccessManagement_StoreAccessBulkGrant($i: StoreAccessBulkGrantInput!) {
  storeAccessBulkGrant(input: $i) {
    task {
      id
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_StoreAccessBulkGrantMutation, AccessManagement_StoreAccessBulkGrantMutationVariables>;
export const AccessManagement_TaskDocument = new TypedDocumentString(`
    query AccessManagement_Task($id: ID!) {
  task(id: $id) {
    status
    total
    processed
    succeeded
    progress
    skipped {
      label
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_TaskQuery, AccessManagement_TaskQueryVariables>;
export const AccessManagement_ShopUserPasswordResetRequestDocument = new TypedDocumentString(`
    mutation AccessManagement_ShopUserPasswordResetRequest($i: ShopUserPasswordResetRequestInput!) {
  shopUserPasswordResetRequest(input: $i) {
    ok
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ShopUserPasswordResetRequestMutation, AccessManagement_ShopUserPasswordResetRequestMutationVariables>;
export const AccessManagement_ShopUserPasswordResetCompleteDocument = new TypedDocumentString(`
    mutation AccessManagement_ShopUserPasswordResetComplete($i: ShopUserPasswordResetCompleteInput!) {
  shopUserPasswordResetComplete(input: $i) {
    ok
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ShopUserPasswordResetCompleteMutation, AccessManagement_ShopUserPasswordResetCompleteMutationVariables>;
export const AccessManagement_Viewer4Document = new TypedDocumentString(`
    query AccessManagement_Viewer4 {
  viewer {
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Viewer4Query, AccessManagement_Viewer4QueryVariables>;
export const AccessManagement_RegistrationRequestSubmitDocument = new TypedDocumentString(`
    mutation AccessManagement_RegistrationRequestSubmit($i: RegistrationRequestSubmitInput!) {
  registrationRequestSubmit(input: $i) {
    received
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_RegistrationRequestSubmitMutation, AccessManagement_RegistrationRequestSubmitMutationVariables>;
export const AccessManagement_HubNotifications2Document = new TypedDocumentString(`
    query AccessManagement_HubNotifications2 {
  hubNotifications {
    registrationRequestCount
    registrationRequests {
      email
      vatNumber
      language
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_HubNotifications2Query, AccessManagement_HubNotifications2QueryVariables>;
export const AccessManagement_RegistrationRequestsDocument = new TypedDocumentString(`
    query AccessManagement_RegistrationRequests {
  registrationRequests(first: 5, status: PENDING) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_RegistrationRequestsQuery, AccessManagement_RegistrationRequestsQueryVariables>;
export const AccessManagement_RegistrationRequestApproveDocument = new TypedDocumentString(`
    mutation AccessManagement_RegistrationRequestApprove($i: RegistrationRequestApproveInput!) {
  registrationRequestApprove(input: $i) {
    registrationRequest {
      status
      customer {
        name
        customerNumber
        documentLanguage
      }
    }
    storeAccess {
      email
      status
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_RegistrationRequestApproveMutation, AccessManagement_RegistrationRequestApproveMutationVariables>;
export const AccessManagement_RegistrationRequests2Document = new TypedDocumentString(`
    query AccessManagement_RegistrationRequests2 {
  registrationRequests(first: 5, status: PENDING) {
    edges {
      node {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_RegistrationRequests2Query, AccessManagement_RegistrationRequests2QueryVariables>;
export const AccessManagement_RegistrationRequestRefuseDocument = new TypedDocumentString(`
    mutation AccessManagement_RegistrationRequestRefuse($i: RegistrationRequestRefuseInput!) {
  registrationRequestRefuse(input: $i) {
    registrationRequest {
      status
      refusalReason
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_RegistrationRequestRefuseMutation, AccessManagement_RegistrationRequestRefuseMutationVariables>;
export const AccessManagement_ApiTokenCreateDocument = new TypedDocumentString(`
    mutation AccessManagement_ApiTokenCreate($i: ApiTokenCreateInput!) {
  apiTokenCreate(input: $i) {
    token
    apiToken {
      id
      prefix
      scopes
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ApiTokenCreateMutation, AccessManagement_ApiTokenCreateMutationVariables>;
export const AccessManagement_ApiTokensDocument = new TypedDocumentString(`
    query AccessManagement_ApiTokens {
  apiTokens {
    prefix
    scopes
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ApiTokensQuery, AccessManagement_ApiTokensQueryVariables>;
export const AccessManagement_Products2Document = new TypedDocumentString(`
    query AccessManagement_Products2 {
  products(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Products2Query, AccessManagement_Products2QueryVariables>;
export const AccessManagement_Customers8Document = new TypedDocumentString(`
    query AccessManagement_Customers8 {
  customers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Customers8Query, AccessManagement_Customers8QueryVariables>;
export const AccessManagement_ApiTokenRevokeDocument = new TypedDocumentString(`
    mutation AccessManagement_ApiTokenRevoke($i: ApiTokenRevokeInput!) {
  apiTokenRevoke(input: $i) {
    apiToken {
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_ApiTokenRevokeMutation, AccessManagement_ApiTokenRevokeMutationVariables>;
export const AccessManagement_Products3Document = new TypedDocumentString(`
    query AccessManagement_Products3 {
  products(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessManagement_Products3Query, AccessManagement_Products3QueryVariables>;
export const Activity_CustomerDocument = new TypedDocumentString(`
    query Activity_Customer($id: ID!, $after: String) {
  customer(id: $id) {
    activities(first: 3, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          detail
          createdAt
          shopUser {
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_CustomerQuery, Activity_CustomerQueryVariables>;
export const Activity_HubNotificationsDocument = new TypedDocumentString(`
    query Activity_HubNotifications {
  hubNotifications {
    total
    unreadCount
    unreadOrderCount
    unreadApprovalCount
    unreadRegistrationCount
    submittedOrderCount
    submittedOrders {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_HubNotificationsQuery, Activity_HubNotificationsQueryVariables>;
export const Activity_HubNotificationsMarkReadDocument = new TypedDocumentString(`
    mutation Activity_HubNotificationsMarkRead($i: HubNotificationsMarkReadInput!) {
  hubNotificationsMarkRead(input: $i) {
    hubNotifications {
      unreadCount
      unreadOrderCount
      unreadRegistrationCount
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_HubNotificationsMarkReadMutation, Activity_HubNotificationsMarkReadMutationVariables>;
export const Activity_ProductsDocument = new TypedDocumentString(`
    query Activity_Products {
  products(first: 5, query: "espresso") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<Activity_ProductsQuery, Activity_ProductsQueryVariables>;
export const Activity_ProductDocument = new TypedDocumentString(`
    query Activity_Product($id: ID!) {
  product(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<Activity_ProductQuery, Activity_ProductQueryVariables>;
export const Activity_CartLinesAddDocument = new TypedDocumentString(`
    mutation Activity_CartLinesAdd($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_CartLinesAddMutation, Activity_CartLinesAddMutationVariables>;
export const Activity_OrderPlaceDocument = new TypedDocumentString(`
    mutation Activity_OrderPlace {
  orderPlace(input: {idempotencyKey: "act-1"}) {
    order {
      number
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_OrderPlaceMutation, Activity_OrderPlaceMutationVariables>;
export const Activity_ViewAsClientStartDocument = new TypedDocumentString(`
    mutation Activity_ViewAsClientStart($i: ViewAsClientStartInput!) {
  viewAsClientStart(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_ViewAsClientStartMutation, Activity_ViewAsClientStartMutationVariables>;
export const Activity_Products2Document = new TypedDocumentString(`
    query Activity_Products2 {
  products(first: 5, query: "staff-search") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<Activity_Products2Query, Activity_Products2QueryVariables>;
export const Activity_Customer2Document = new TypedDocumentString(`
    query Activity_Customer2($id: ID!) {
  customer(id: $id) {
    storeAccesses {
      lastAccessAt
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_Customer2Query, Activity_Customer2QueryVariables>;
export const Activity_StoreSettingsUpdateDocument = new TypedDocumentString(`
    mutation Activity_StoreSettingsUpdate {
  storeSettingsUpdate(input: {selfRegistrationEnabled: true}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_StoreSettingsUpdateMutation, Activity_StoreSettingsUpdateMutationVariables>;
export const Activity_RegistrationRequestSubmitDocument = new TypedDocumentString(`
    mutation Activity_RegistrationRequestSubmit {
  registrationRequestSubmit(
    input: {companyName: "Neu", contactName: "N", email: "n@neu.test"}
  ) {
    received
  }
}
    `) as unknown as TypedDocumentString<Activity_RegistrationRequestSubmitMutation, Activity_RegistrationRequestSubmitMutationVariables>;
export const Activity_OrderPlace2Document = new TypedDocumentString(`
    mutation Activity_OrderPlace2 {
  orderPlace(input: {idempotencyKey: "noop"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Activity_OrderPlace2Mutation, Activity_OrderPlace2MutationVariables>;
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
export const ErpPull_OrderAcknowledgeDocument = new TypedDocumentString(`
    mutation ErpPull_OrderAcknowledge($i: OrderAcknowledgeInput!) {
  orderAcknowledge(input: $i) {
    order {
      id
      externalReference
      acknowledgedAt
      updatedAt
      timeline {
        kind
        externalReference
        previousExternalReference
        actorKind
        actorName
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_OrderAcknowledgeMutation, ErpPull_OrderAcknowledgeMutationVariables>;
export const ErpPull_OrdersDocument = new TypedDocumentString(`
    query ErpPull_Orders($since: DateTimeISO!, $after: String, $first: Int) {
  orders(updatedSince: $since, after: $after, first: $first) {
    edges {
      cursor
      node {
        id
        number
        status
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_OrdersQuery, ErpPull_OrdersQueryVariables>;
export const ErpPull_CartLinesAddDocument = new TypedDocumentString(`
    mutation ErpPull_CartLinesAdd($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_CartLinesAddMutation, ErpPull_CartLinesAddMutationVariables>;
export const ErpPull_OrderPlaceDocument = new TypedDocumentString(`
    mutation ErpPull_OrderPlace($i: OrderPlaceInput!) {
  orderPlace(input: $i) {
    order {
      id
      number
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_OrderPlaceMutation, ErpPull_OrderPlaceMutationVariables>;
export const ErpPull_ApiTokenCreateDocument = new TypedDocumentString(`
    mutation ErpPull_ApiTokenCreate($i: ApiTokenCreateInput!) {
  apiTokenCreate(input: $i) {
    token
  }
}
    `) as unknown as TypedDocumentString<ErpPull_ApiTokenCreateMutation, ErpPull_ApiTokenCreateMutationVariables>;
export const ErpPull_Orders2Document = new TypedDocumentString(`
    query ErpPull_Orders2($since: DateTimeISO!) {
  orders(updatedSince: $since, first: 2) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Orders2Query, ErpPull_Orders2QueryVariables>;
export const ErpPull_OrderValidateDocument = new TypedDocumentString(`
    mutation ErpPull_OrderValidate($i: OrderStatusChangeInput!) {
  orderValidate(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_OrderValidateMutation, ErpPull_OrderValidateMutationVariables>;
export const ErpPull_Orders3Document = new TypedDocumentString(`
    query ErpPull_Orders3 {
  orders(acknowledged: false, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Orders3Query, ErpPull_Orders3QueryVariables>;
export const ErpPull_Orders4Document = new TypedDocumentString(`
    query ErpPull_Orders4 {
  orders(acknowledged: true, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Orders4Query, ErpPull_Orders4QueryVariables>;
export const ErpPull_Orders5Document = new TypedDocumentString(`
    query ErpPull_Orders5 {
  orders(search: "2026-0043", first: 10) {
    edges {
      node {
        id
        externalReference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Orders5Query, ErpPull_Orders5QueryVariables>;
export const ErpPull_Orders6Document = new TypedDocumentString(`
    query ErpPull_Orders6 {
  orders(search: "so-2026-0043", first: 10) {
    edges {
      node {
        id
        externalReference
        timeline {
          kind
          actorName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Orders6Query, ErpPull_Orders6QueryVariables>;
export const ErpPull_Orders7Document = new TypedDocumentString(`
    query ErpPull_Orders7 {
  orders(search: "SO-2026-0043", first: 10) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Orders7Query, ErpPull_Orders7QueryVariables>;
export const ErpPull_OrderDocument = new TypedDocumentString(`
    query ErpPull_Order($id: ID!) {
  order(id: $id) {
    externalReference
  }
}
    `) as unknown as TypedDocumentString<ErpPull_OrderQuery, ErpPull_OrderQueryVariables>;
export const ErpPull_Order2Document = new TypedDocumentString(`
    query ErpPull_Order2($id: ID!) {
  order(id: $id) {
    externalReference
    timeline {
      kind
      externalReference
      previousExternalReference
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Order2Query, ErpPull_Order2QueryVariables>;
export const ErpPull_Order3Document = new TypedDocumentString(`
    query ErpPull_Order3($id: ID!) {
  order(id: $id) {
    externalReference
    acknowledgedAt
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_Order3Query, ErpPull_Order3QueryVariables>;
export const ErpPull_CustomersDocument = new TypedDocumentString(`
    query ErpPull_Customers($since: DateTimeISO!, $after: String, $first: Int) {
  customers(updatedSince: $since, after: $after, first: $first) {
    edges {
      node {
        id
        customerNumber
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_CustomersQuery, ErpPull_CustomersQueryVariables>;
export const ErpPull_CustomerDocument = new TypedDocumentString(`
    query ErpPull_Customer($id: ID!) {
  customer(id: $id) {
    auditEvents(first: 10) {
      edges {
        node {
          action
          actorName
          staff {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_CustomerQuery, ErpPull_CustomerQueryVariables>;
export const ErpPull_CustomerUpdateDocument = new TypedDocumentString(`
    mutation ErpPull_CustomerUpdate($i: CustomerUpdateInput!) {
  customerUpdate(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_CustomerUpdateMutation, ErpPull_CustomerUpdateMutationVariables>;
export const ErpPull_CustomerUpdate2Document = new TypedDocumentString(`
    mutation ErpPull_CustomerUpdate2($i: CustomerUpdateInput!) {
  customerUpdate(input: $i) {
    customer {
      updatedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_CustomerUpdate2Mutation, ErpPull_CustomerUpdate2MutationVariables>;
export const ErpPull_CustomerExcludeDocument = new TypedDocumentString(`
    mutation ErpPull_CustomerExclude($i: CustomerExcludeInput!) {
  customerExclude(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErpPull_CustomerExcludeMutation, ErpPull_CustomerExcludeMutationVariables>;
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
export const OrderWorkflow_ValidateDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Validate($i: OrderStatusChangeInput!) {
  orderValidate(input: $i) {
    order {
      ...OrderWorkflow_OrderFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_ValidateMutation, OrderWorkflow_ValidateMutationVariables>;
export const OrderWorkflow_RejectDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Reject($i: OrderRejectInput!) {
  orderReject(input: $i) {
    order {
      ...OrderWorkflow_OrderFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_RejectMutation, OrderWorkflow_RejectMutationVariables>;
export const OrderWorkflow_ShipDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Ship($i: OrderStatusChangeInput!) {
  orderShip(input: $i) {
    order {
      ...OrderWorkflow_OrderFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_ShipMutation, OrderWorkflow_ShipMutationVariables>;
export const OrderWorkflow_DeliverDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Deliver($i: OrderStatusChangeInput!) {
  orderDeliver(input: $i) {
    order {
      ...OrderWorkflow_OrderFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_DeliverMutation, OrderWorkflow_DeliverMutationVariables>;
export const OrderWorkflow_CancelDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Cancel($i: OrderStatusChangeInput!) {
  orderCancel(input: $i) {
    order {
      ...OrderWorkflow_OrderFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_CancelMutation, OrderWorkflow_CancelMutationVariables>;
export const OrderWorkflow_ShippingCostDocument = new TypedDocumentString(`
    mutation OrderWorkflow_ShippingCost($i: OrderShippingCostUpdateInput!) {
  orderShippingCostUpdate(input: $i) {
    order {
      ...OrderWorkflow_OrderFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_ShippingCostMutation, OrderWorkflow_ShippingCostMutationVariables>;
export const OrderWorkflow_ReorderDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Reorder($i: OrderReorderInput!) {
  orderReorder(input: $i) {
    addedLineCount
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
    `) as unknown as TypedDocumentString<OrderWorkflow_ReorderMutation, OrderWorkflow_ReorderMutationVariables>;
export const OrderWorkflow_OrderDocument = new TypedDocumentString(`
    query OrderWorkflow_Order($id: ID!) {
  order(id: $id) {
    ...OrderWorkflow_OrderFields
  }
}
    fragment OrderWorkflow_OrderFields on Order {
  id
  number
  status
  shippingCost {
    amount
  }
  subtotal {
    amount
  }
  total {
    amount
  }
  timeline {
    kind
    fromStatus
    toStatus
    reason
    actorKind
    actorName
    at
    shippingCost {
      amount
    }
    previousShippingCost {
      amount
    }
  }
}`) as unknown as TypedDocumentString<OrderWorkflow_OrderQuery, OrderWorkflow_OrderQueryVariables>;
export const OrderWorkflow_CartAddDocument = new TypedDocumentString(`
    mutation OrderWorkflow_CartAdd($i: CartLinesAddInput!) {
  cartLinesAdd(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_CartAddMutation, OrderWorkflow_CartAddMutationVariables>;
export const OrderWorkflow_PlaceDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Place($i: OrderPlaceInput!) {
  orderPlace(input: $i) {
    order {
      id
      number
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_PlaceMutation, OrderWorkflow_PlaceMutationVariables>;
export const OrderWorkflow_TokenCreateDocument = new TypedDocumentString(`
    mutation OrderWorkflow_TokenCreate($i: ApiTokenCreateInput!) {
  apiTokenCreate(input: $i) {
    token
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_TokenCreateMutation, OrderWorkflow_TokenCreateMutationVariables>;
export const OrderWorkflow_AllOrdersDocument = new TypedDocumentString(`
    query OrderWorkflow_AllOrders {
  orders(first: 100) {
    totalCount
    edges {
      node {
        id
        customer {
          id
          name
        }
        placedAt
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_AllOrdersQuery, OrderWorkflow_AllOrdersQueryVariables>;
export const OrderWorkflow_SearchedDocument = new TypedDocumentString(`
    query OrderWorkflow_Searched {
  orders(first: 50, customerSearch: "w-2") {
    totalCount
    edges {
      node {
        customer {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_SearchedQuery, OrderWorkflow_SearchedQueryVariables>;
export const OrderWorkflow_ListDocument = new TypedDocumentString(`
    query OrderWorkflow_List($c: ID, $s: OrderStatus, $from: DateTimeISO, $before: DateTimeISO, $after: String) {
  orders(
    first: 2
    customerId: $c
    status: $s
    placedFrom: $from
    placedBefore: $before
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        customer {
          name
        }
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_ListQuery, OrderWorkflow_ListQueryVariables>;
export const OrderWorkflow_CustomerCreateDocument = new TypedDocumentString(`
    mutation OrderWorkflow_CustomerCreate($i: CustomerCreateInput!) {
  customerCreate(input: $i) {
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
    `) as unknown as TypedDocumentString<OrderWorkflow_CustomerCreateMutation, OrderWorkflow_CustomerCreateMutationVariables>;
export const OrderWorkflow_GrantDocument = new TypedDocumentString(`
    mutation OrderWorkflow_Grant($i: StoreAccessGrantInput!) {
  storeAccessGrant(input: $i) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderWorkflow_GrantMutation, OrderWorkflow_GrantMutationVariables>;
export const StoreUsers_StoreUsersDocument = new TypedDocumentString(`
    query StoreUsers_StoreUsers($search: String, $status: StoreAccessStatus, $customerId: ID, $language: Language, $before: DateTimeISO, $after: DateTimeISO, $first: Int, $cursor: String) {
  storeUsers(
    search: $search
    status: $status
    customerId: $customerId
    language: $language
    lastAccessBefore: $before
    lastAccessAfter: $after
    first: $first
    after: $cursor
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        phone
        language
        grantedAt
        lastAccessAt
        accessCount
        accesses {
          id
          status
          customer {
            id
            name
            customerNumber
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoreUsers_StoreUsersQuery, StoreUsers_StoreUsersQueryVariables>;
export const StoreUsers_StoreSettingsUpdateDocument = new TypedDocumentString(`
    mutation StoreUsers_StoreSettingsUpdate {
  storeSettingsUpdate(input: {autoApproveBuyers: false}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StoreUsers_StoreSettingsUpdateMutation, StoreUsers_StoreSettingsUpdateMutationVariables>;
export const StoreUsers_StoreSettingsUpdate2Document = new TypedDocumentString(`
    mutation StoreUsers_StoreSettingsUpdate2 {
  storeSettingsUpdate(input: {autoApproveBuyers: true}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StoreUsers_StoreSettingsUpdate2Mutation, StoreUsers_StoreSettingsUpdate2MutationVariables>;
export const StoreUsers_StoreAccessBlockDocument = new TypedDocumentString(`
    mutation StoreUsers_StoreAccessBlock($id: ID!) {
  storeAccessBlock(input: {id: $id}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StoreUsers_StoreAccessBlockMutation, StoreUsers_StoreAccessBlockMutationVariables>;
export const Shared_CustomerCreateDocument = new TypedDocumentString(`
    mutation Shared_CustomerCreate($i: CustomerCreateInput!) {
  customerCreate(input: $i) {
    customer {
      id
      name
      customerNumber
      documentLanguage
      contacts {
        id
        email
        phone
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Shared_CustomerCreateMutation, Shared_CustomerCreateMutationVariables>;
export const Shared_CustomerUpdateDocument = new TypedDocumentString(`
    mutation Shared_CustomerUpdate($i: CustomerUpdateInput!) {
  customerUpdate(input: $i) {
    customer {
      id
      name
      customerNumber
      privateMessage
      priceLevel {
        code
      }
      contacts {
        id
        name
        email
      }
      deliverySites {
        name
        city
        country
      }
      visibility {
        tags {
          name
        }
        brands {
          name
        }
        seasons {
          name
        }
        manufacturers {
          name
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
    `) as unknown as TypedDocumentString<Shared_CustomerUpdateMutation, Shared_CustomerUpdateMutationVariables>;
export const Shared_GrantDocument = new TypedDocumentString(`
    mutation Shared_Grant($i: StoreAccessGrantInput!) {
  storeAccessGrant(input: $i) {
    temporaryPassword
    whatsAppUrl
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
    `) as unknown as TypedDocumentString<Shared_GrantMutation, Shared_GrantMutationVariables>;
export const Shared_ShopSignInDocument = new TypedDocumentString(`
    mutation Shared_ShopSignIn($i: SignInInput!) {
  shopUserSignIn(input: $i) {
    token
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Shared_ShopSignInMutation, Shared_ShopSignInMutationVariables>;
export const Shared_PasswordChangeDocument = new TypedDocumentString(`
    mutation Shared_PasswordChange($i: ShopUserPasswordChangeInput!) {
  shopUserPasswordChange(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Shared_PasswordChangeMutation, Shared_PasswordChangeMutationVariables>;