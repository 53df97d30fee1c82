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

/** Which audit entries to list; every field narrows the list. */
export type AuditEntriesFilter = {
  /** Only these actions. */
  actions?: Array<AuditAction> | null | undefined;
  /** Only what this staff member or API token did. */
  actorId?: string | null | undefined;
  /** Only entries concerning this customer (its own changes, its accesses, its orders). */
  customerId?: string | null | undefined;
  /** Only entries at or after this time. */
  from?: string | null | undefined;
  /** Only entries about this object: a customer, a store access, an order or an access request. */
  targetId?: string | null | undefined;
  /** Only entries before this time. */
  to?: string | null | undefined;
};

/** A new brand. */
export type BrandCreateInput = {
  /** Name, unique regardless of case; surrounding spaces are removed. */
  name: string;
};

/** Which brand to delete. */
export type BrandDeleteInput = {
  /** The brand. */
  id: string;
};

/** A new name for a brand. */
export type BrandUpdateInput = {
  /** The brand. */
  id: string;
  /** New name, unique regardless of case; products keep the item. */
  name: string;
};

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

/** What a catalog import does when some lines of the file are bad. */
export type CatalogImportMode =
  /** Import nothing if any line is bad: catalogImportStart answers with userErrors (IMPORT_HAS_ERRORS, then one per bad line) and starts no task. The task then applies every line in one transaction: if the catalog changed meanwhile so that a line became bad, the task fails and nothing is written. */
  | 'ALL_OR_NOTHING'
  /** Import the good lines, 5,000 per transaction, and list the bad ones in the task's `skipped` (id = line number, label = reference). */
  | 'VALID_ROWS';

/** A catalog CSV to check without importing it. */
export type CatalogImportPreviewInput = {
  /** The CSV text (UTF-8, optional BOM, `;` or `,` between cells, quotes allowed). Header line: `reference` (required), `barcode`, `name`, `description`, `brand`, `season`, `manufacturer`, `tags` (names separated by `|`), `unit`, `pack_size`, `min_quantity`, `max_quantity`, `order_increment` (quantity rules, decision 0049: empty keeps, 0 clears), `active` (true/false, 1/0, yes/no), `tax_rate` (a VAT rate's name, case aside, or a percentage exactly one rate has: `20`, `5,5`), and any number of `price:<price level code>` and `stock:<storage location code>` columns. Lines are matched to products by reference. An empty cell, or a missing column, leaves the product's value as it is; a new product takes the defaults (unit "piece", pack size 1, active) and needs a name. */
  csv: string;
};

/** A catalog CSV to import (products, their prices per level and stock per location) as a task. */
export type CatalogImportStartInput = {
  /** The CSV text (UTF-8, optional BOM, `;` or `,` between cells, quotes allowed). Header line: `reference` (required), `barcode`, `name`, `description`, `brand`, `season`, `manufacturer`, `tags` (names separated by `|`), `unit`, `pack_size`, `min_quantity`, `max_quantity`, `order_increment` (quantity rules, decision 0049: empty keeps, 0 clears), `active` (true/false, 1/0, yes/no), `tax_rate` (a VAT rate's name, case aside, or a percentage exactly one rate has: `20`, `5,5`), and any number of `price:<price level code>` and `stock:<storage location code>` columns. Lines are matched to products by reference. An empty cell, or a missing column, leaves the product's value as it is; a new product takes the defaults (unit "piece", pack size 1, active) and needs a name. */
  csv: string;
  /** A key unique to this import (at most 100 characters); repeating the request with the same key returns the first task. */
  idempotencyKey: string;
  /** What to do when some lines are bad. */
  mode: CatalogImportMode;
};

/** A new catalog language (decision 0058). */
export type CatalogLanguageChangeInput = {
  /** Products with no name in the new language keep their current name as it (true). Default false: the change is refused with TRANSLATIONS_MISSING while any product lacks one. */
  keepNamesAsFallback?: boolean | null | undefined;
  /** The new catalog language: its product, tag and season names become the main ones, the current ones become a translation. */
  language: Language;
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

/** Whether a document went with its email. */
export type EmailAttachmentState =
  /** Drawn and sent with the email; the bytes sent are kept and can be downloaded. */
  | 'ATTACHED'
  /** Could not be drawn: the email was sent without it (see `error`). The order's document can still be downloaded from the order once the cause is fixed. */
  | 'NOT_DRAWN'
  /** Drawn when the email is sent: not sent yet, or kept in the outbox only (no provider). */
  | 'WAITING';

/** Where an outgoing email stands. */
export type EmailStatus =
  /** The provider refused it for good, or kept refusing it for EMAIL_RETRY_HOURS; staff can send it again. */
  | 'FAILED'
  /** Written by the business change, waiting to be rendered and sent. */
  | 'PENDING'
  /** Accepted by the email provider (Resend). */
  | 'SENT'
  /** Rendered and kept in the outbox only: no provider is configured. */
  | 'STORED';

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

/** A new manufacturer. */
export type ManufacturerCreateInput = {
  /** Name, unique regardless of case; surrounding spaces are removed. */
  name: string;
};

/** Which manufacturer to delete. */
export type ManufacturerDeleteInput = {
  /** The manufacturer. */
  id: string;
};

/** A new name for a manufacturer. */
export type ManufacturerUpdateInput = {
  /** The manufacturer. */
  id: string;
  /** New name, unique regardless of case; products keep the item. */
  name: string;
};

/** A name in one language. */
export type NameTranslationInput = {
  /** The language. The catalog language's entry sets `name` itself. */
  language: Language;
  /** The name in it; empty or null removes the language (it falls back to the catalog language). */
  name?: string | null | undefined;
};

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

/** An order list, or some of its lines, to put into the viewer's cart. */
export type OrderListCartAddInput = {
  /** Only these lines (those ticked); all lines when left out. */
  lineIds?: Array<string> | null | undefined;
  /** The list. */
  orderListId: string;
};

/** A copy of an order list (a published one, to change it) for the viewer's customer. */
export type OrderListCopyInput = {
  /** Name of the copy; the original's name when left out. */
  name?: string | null | undefined;
  /** The list to copy. */
  orderListId: string;
};

/** A new order list: empty, or filled from the cart or from a past order. */
export type OrderListCreateInput = {
  /** True to fill it with the viewer's cart (products and quantities). */
  fromCart?: boolean | null | undefined;
  /** Its name (at most 100 characters). */
  name: string;
  /** A past order of the customer whose lines fill it (products still available). */
  orderId?: string | null | undefined;
};

/** An order list to act on. */
export type OrderListIdInput = {
  /** The list. */
  orderListId: string;
};

/** A product and its default quantity for an order list. */
export type OrderListLineAddInput = {
  /** The product. */
  productId: string;
  /** Default quantity in sales units; replaces the quantity when the product is already listed. */
  quantity: number;
};

/** A new default quantity for a line; 0 removes it. */
export type OrderListLineUpdateInput = {
  /** The line. */
  lineId: string;
  /** The new default quantity; 0 removes the line. */
  quantity: number;
};

/** Products to add to an order list (the catalog's "Add to list"). */
export type OrderListLinesAddInput = {
  /** The products, added after the last line. */
  lines: Array<OrderListLineAddInput>;
  /** The list. */
  orderListId: string;
};

/** Lines to add to an order list from barcodes (pasted or scanned) or a CSV file as exported: `code;quantity` per line, the code a barcode or a product reference; a header line is allowed. */
export type OrderListLinesImportInput = {
  /** The list. */
  orderListId: string;
  /** The lines (at most 1,000). Without a quantity a line sets one pack. */
  text: string;
};

/** A new order for the lines of an order list. */
export type OrderListLinesReorderInput = {
  /** Lines in their new order; lines left out follow them in their present order. */
  lineIds: Array<string>;
  /** The list. */
  orderListId: string;
};

/** New default quantities for lines of an order list. */
export type OrderListLinesUpdateInput = {
  /** The lines to change. */
  lines: Array<OrderListLineUpdateInput>;
  /** The list. */
  orderListId: string;
};

/** The customers a staff order list is published to. */
export type OrderListPublishInput = {
  /** The customers who see it from now on (replacing the previous ones); empty withdraws it. */
  customerIds: Array<string>;
  /** The list (one created in the hub). */
  orderListId: string;
};

/** A new name for an order list. */
export type OrderListUpdateInput = {
  /** Its new name. */
  name: string;
  /** The list. */
  orderListId: string;
};

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

/** A FAILED email to send again. */
export type OutboxEmailResendInput = {
  /** The email. */
  id: string;
};

/** Who is emailed when a store access awaits approval. */
export type PendingApprovalRecipients =
  /** Every active admin, each in their language. */
  | 'ADMINS'
  /** Nobody: staff see waiting accesses in the hub's bell only. */
  | 'NOBODY';

/** A new price level. */
export type PriceLevelCreateInput = {
  /** Short unique code, e.g. "HORECA"; CSV imports name it in `price:<code>` columns. */
  code: string;
  /** Currency of its prices; defaults to EUR. */
  currencyCode?: CurrencyCode | null | undefined;
  /** True makes it the default level (the previous default stops being one). The first level is always the default. */
  isDefault?: boolean | null | undefined;
  /** Display name. */
  name: string;
};

/** Changes to a price level; only the fields given change. */
export type PriceLevelUpdateInput = {
  /** New unique code. */
  code?: string | null | undefined;
  /** New currency (amounts are kept as they are). */
  currencyCode?: CurrencyCode | null | undefined;
  /** The price level. */
  id: string;
  /** True makes it the default level and unsets the previous default; false on the default level is refused (DEFAULT_REQUIRED): make another one the default instead. */
  isDefault?: boolean | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** A new product (staff). */
export type ProductCreateInput = {
  /** False hides the product from the store; defaults to true. */
  active?: boolean | null | undefined;
  /** EAN-8/UPC-A/EAN-13/GTIN-14 barcode with a valid check digit; unique when set. */
  barcode?: string | null | undefined;
  /** A brand from the managed list. */
  brandId?: string | null | undefined;
  /** Longer description. */
  description?: string | null | undefined;
  /** A manufacturer from the managed list. */
  manufacturerId?: string | null | undefined;
  /** Maximum quantity of an order line, at least the minimum; null: no limit of its own. */
  maxQuantity?: number | null | undefined;
  /** Minimum quantity of an order line, a multiple of the increment; null: one increment (decision 0049). */
  minQuantity?: number | null | undefined;
  /** Product name, at most 300 characters. */
  name: string;
  /** Order increment, a multiple of the pack size; null: the pack size. */
  orderIncrement?: number | null | undefined;
  /** Units per pack, at least 1; defaults to 1. */
  packSize?: number | null | undefined;
  /** The supplier's reference (SKU); unique, at most 64 characters. */
  reference: string;
  /** A season from the managed list. */
  seasonId?: string | null | undefined;
  /** Tags from the managed list. */
  tagIds?: Array<string> | null | undefined;
  /** Its VAT rate; omitted or null: the default rate. */
  taxRateId?: string | null | undefined;
  /** Name and description per language (issue 16): the languages listed change, the others stay; the catalog language's entry sets `name` and `description`. */
  translations?: Array<ProductTranslationInput> | null | undefined;
  /** Sales unit, e.g. "piece", "kg"; defaults to "piece". */
  unit?: string | null | undefined;
};

/** The price of one product. */
export type ProductPriceInput = {
  /** Unit price, 0 or more with at most 4 decimals; null removes the price, so the product is not orderable at this level. */
  amount?: string | null | undefined;
  /** The product. */
  productId: string;
};

/** Prices to set in one price level. */
export type ProductPricesSetInput = {
  /** The price level. */
  priceLevelId: string;
  /** One entry per product (at most 5,000); products not listed keep their price. */
  prices: Array<ProductPriceInput>;
};

/** Order of a product list. */
export type ProductSort =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** Newest products first. */
  | 'NEWEST'
  /** By reference. */
  | 'REFERENCE_ASC';

/** A product's name and description in one language. */
export type ProductTranslationInput = {
  /** The description in it; empty or null: none (the catalog language's is shown). */
  description?: string | null | undefined;
  /** The language. The catalog language's entry sets `name` and `description` themselves. */
  language: Language;
  /** The name in it (at most 300 characters); empty or null removes the language (it falls back to the catalog language); required for the catalog language. */
  name?: string | null | undefined;
};

/** Changes to a product (staff). Only the fields given change; null clears an optional field (barcode, description, brand, season, manufacturer). Set `active` to false to deactivate the product (hidden from the store, kept for orders) and back to true to reactivate it. */
export type ProductUpdateInput = {
  /** False deactivates the product, true reactivates it. */
  active?: boolean | null | undefined;
  /** New barcode with a valid check digit; null removes it. */
  barcode?: string | null | undefined;
  /** New brand; null removes it. */
  brandId?: string | null | undefined;
  /** New description; null removes it. */
  description?: string | null | undefined;
  /** The product to change. */
  id: string;
  /** New manufacturer; null removes it. */
  manufacturerId?: string | null | undefined;
  /** Maximum quantity of an order line, at least the minimum; null: no limit of its own. */
  maxQuantity?: number | null | undefined;
  /** Minimum quantity of an order line, a multiple of the increment; null: one increment (decision 0049). */
  minQuantity?: number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** Order increment, a multiple of the pack size; null: the pack size. */
  orderIncrement?: number | null | undefined;
  /** New pack size, at least 1. */
  packSize?: number | null | undefined;
  /** New reference (SKU); unique. */
  reference?: string | null | undefined;
  /** New season; null removes it. */
  seasonId?: string | null | undefined;
  /** The complete new set of tags; an empty list removes them all. */
  tagIds?: Array<string> | null | undefined;
  /** New VAT rate; null: the default rate. */
  taxRateId?: string | null | undefined;
  /** Name and description per language (issue 16): the languages listed change, the others stay; the catalog language's entry sets `name` and `description`. */
  translations?: Array<ProductTranslationInput> | null | undefined;
  /** New sales unit. */
  unit?: string | null | undefined;
};

/** The customer accepts a proposal: it becomes an order at the quote's prices. */
export type QuoteAcceptInput = {
  /** Where to deliver; the customer's first delivery site when left out. */
  deliverySiteId?: string | null | undefined;
  /** The customer's purchase-order reference for the order. */
  purchaseOrderReference?: string | null | undefined;
  /** The quote. */
  quoteId: string;
};

/** A comment on a quote's thread. */
export type QuoteCommentInput = {
  /** The comment (1 to 5,000 characters). */
  message: string;
  /** The quote. */
  quoteId: string;
};

/** The customer declines a proposal, or withdraws its request. */
export type QuoteDeclineInput = {
  /** The quote. */
  quoteId: string;
  /** Why, for the supplier (at most 5,000 characters). */
  reason?: string | null | undefined;
};

/** A step in a quote's history. */
export type QuoteEventKind =
  /** The customer accepted the proposal and it became an order. */
  | 'ACCEPTED'
  /** A comment of the thread, by the customer or the supplier. */
  | 'COMMENTED'
  /** The customer declined; the message is the reason given, if any. */
  | 'DECLINED'
  /** The customer requested the quote; the message is the buyer's. */
  | 'REQUESTED'
  /** The supplier sent its proposal; the message is the supplier's. */
  | 'SENT'
  /** The supplier changed lines, prices, expiry date or message. */
  | 'UPDATED';

/** A change to one line of a quote, or a new line. */
export type QuoteLineChangeInput = {
  /** A discount in percent (0 to 100, at most 2 decimals) on the line's price when requested; ignored when `unitPrice` is given. */
  discountPercent?: string | null | undefined;
  /** The line to change; leave out with `productId` to add a line. */
  lineId?: string | null | undefined;
  /** A product to add as a new line (its price for the customer's level is the starting price). */
  productId?: string | null | undefined;
  /** The new quantity; 0 removes the line. */
  quantity?: number | null | undefined;
  /** The unit price proposed (0 or more, at most 4 decimals). */
  unitPrice?: string | null | undefined;
};

/** A request for a quote on the viewer's cart; the cart is emptied into the quote. */
export type QuoteRequestInput = {
  /** A message to the supplier (at most 5,000 characters), e.g. the volumes planned. */
  message?: string | null | undefined;
};

/** Sends the supplier's proposal to the customer, who is emailed. */
export type QuoteSendInput = {
  /** The last day the customer may accept it; required unless already set, not in the past. */
  expiresOn?: string | null | undefined;
  /** A message to the customer, replacing the quote's. */
  message?: string | null | undefined;
  /** The quote. */
  quoteId: string;
};

/** Where a negotiated quote stands. */
export type QuoteStatus =
  /** Accepted by the customer: it became an order at the quote's prices. */
  | 'ACCEPTED'
  /** Declined by the customer. */
  | 'DECLINED'
  /** Sent, but its expiry date has passed: it can no longer be accepted. */
  | 'EXPIRED'
  /** Requested by the customer (or revised by the supplier): the supplier is preparing its proposal. */
  | 'REQUESTED'
  /** The supplier's proposal, which the customer may accept or decline until its expiry date. */
  | 'SENT';

/** The supplier's changes to a quote; a quote already sent goes back to REQUESTED until sent again. */
export type QuoteUpdateInput = {
  /** An overall discount in percent (0 to 100) applied to every line's price when requested, before the line changes. */
  discountPercent?: string | null | undefined;
  /** The last day the customer may accept the quote; not in the past. */
  expiresOn?: string | null | undefined;
  /** Lines to change, add or remove. */
  lines?: Array<QuoteLineChangeInput> | null | undefined;
  /** The supplier's message to the customer; empty clears it. */
  message?: string | null | undefined;
  /** The quote. */
  quoteId: string;
};

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

/** A new season. */
export type SeasonCreateInput = {
  /** Name, unique regardless of case; surrounding spaces are removed. */
  name: string;
  /** Names per language: the languages listed change, the others stay; the catalog language's entry is the name. */
  translations?: Array<NameTranslationInput> | null | undefined;
};

/** Which season to delete. */
export type SeasonDeleteInput = {
  /** The season. */
  id: string;
};

/** A new name for a season. */
export type SeasonUpdateInput = {
  /** The season. */
  id: string;
  /** New name, unique regardless of case; products keep the item. */
  name: string;
  /** Names per language: the languages listed change, the others stay; the catalog language's entry is the name. */
  translations?: Array<NameTranslationInput> | null | undefined;
};

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

/** The stock of one product. */
export type StockLevelInput = {
  /** The product. */
  productId: string;
  /** Units on hand, 0 or more. */
  quantity: number;
};

/** Stock quantities to set at one storage location. */
export type StockLevelsSetInput = {
  /** One entry per product (at most 5,000); products not listed keep their stock. */
  levels: Array<StockLevelInput>;
  /** The storage location. */
  storageLocationId: string;
};

/** A new storage location. */
export type StorageLocationCreateInput = {
  /** Short unique code, e.g. "NORTH"; CSV imports name it in `stock:<code>` columns. */
  code: string;
  /** Shipping cost charged by default for orders from it (at most 2 decimals); defaults to "0.00". */
  defaultShippingCost?: string | null | undefined;
  /** True makes it the default location (the previous default stops being one). The first location is always the default. */
  isDefault?: boolean | null | undefined;
  /** Display name. */
  name: string;
};

/** Changes to a storage location; only the fields given change. */
export type StorageLocationUpdateInput = {
  /** New unique code. */
  code?: string | null | undefined;
  /** New default shipping cost (at most 2 decimals). */
  defaultShippingCost?: string | null | undefined;
  /** The storage location. */
  id: string;
  /** True makes it the default location and unsets the previous default; false on the default location is refused (DEFAULT_REQUIRED). */
  isDefault?: boolean | null | undefined;
  /** New name. */
  name?: string | null | undefined;
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

/** Change the store language of an access's user (issue 17, H2). */
export type StoreAccessLanguageUpdateInput = {
  /** The store access. */
  id: string;
  /** The user's store language: the store's texts and the user's credentials and account emails use it. Order emails keep the customer's document language. */
  language: Language;
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

/** A new tag. */
export type TagCreateInput = {
  /** Name, unique regardless of case; surrounding spaces are removed. */
  name: string;
  /** Names per language: the languages listed change, the others stay; the catalog language's entry is the name. */
  translations?: Array<NameTranslationInput> | null | undefined;
};

/** Which tag to delete. */
export type TagDeleteInput = {
  /** The tag. */
  id: string;
};

/** A new name for a tag. */
export type TagUpdateInput = {
  /** The tag. */
  id: string;
  /** New name, unique regardless of case; products keep the item. */
  name: string;
  /** Names per language: the languages listed change, the others stay; the catalog language's entry is the name. */
  translations?: Array<NameTranslationInput> | null | undefined;
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

/** A new VAT rate. */
export type TaxRateCreateInput = {
  /** True makes it the default rate (the first rate is the default anyway). */
  isDefault?: boolean | null | undefined;
  /** Name shown on orders and documents, unique, e.g. "TVA 20 %". */
  name: string;
  /** The rate as a decimal percentage from 0 to 99.9999, e.g. "20" or "5.5" (a decimal comma is accepted). */
  percentage: string;
};

/** The rate to delete. */
export type TaxRateDeleteInput = {
  /** The rate. */
  id: string;
};

/** Changes to a VAT rate; omitted fields stay as they are. Orders already placed keep the rate they were placed with. */
export type TaxRateUpdateInput = {
  /** The rate. */
  id: string;
  /** True makes it the default and unsets the previous one; false on the default is refused (DEFAULT_REQUIRED). */
  isDefault?: boolean | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New percentage, e.g. "5.5". */
  percentage?: string | null | undefined;
};

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

/** The signed-in user's own language. */
export type ViewerLanguageSetInput = {
  /** Language of the store or hub, and of emails to this user. */
  language: Language;
};

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

/** A rule that hides a product from a customer or makes it not orderable. */
export type VisibilityRule =
  /** The customer may only see other brands. */
  | 'BRAND_NOT_ALLOWED'
  /** The customer may only see other manufacturers. */
  | 'MANUFACTURER_NOT_ALLOWED'
  /** No price in the customer's price level: visible but not orderable. */
  | 'NO_PRICE'
  /** The product is deactivated. */
  | 'PRODUCT_INACTIVE'
  /** The customer may only see other seasons. */
  | 'SEASON_NOT_ALLOWED'
  /** The product has none of the tags the customer may see. */
  | 'TAG_NOT_ALLOWED';

/** One delivery. */
export type WebhookDeliveryIdInput = {
  /** The delivery. */
  id: string;
};

/** Where one event stands with one endpoint. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every try failed for WEBHOOK_RETRY_HOURS (or the endpoint was disabled); it can be redelivered. */
  | 'FAILED'
  /** Written with the change; being sent, or waiting for its next try. */
  | 'PENDING';

/** A new webhook endpoint. */
export type WebhookEndpointCreateInput = {
  /** False to register it without sending anything yet; true by default. */
  active?: boolean | null | undefined;
  /** What it is for (at most 200 characters). */
  description?: string | null | undefined;
  /** The events to send to it (at least one). */
  events: Array<WebhookEventType>;
  /** Where events are POSTed: an absolute http(s) URL. */
  url: string;
};

/** One webhook endpoint. */
export type WebhookEndpointIdInput = {
  /** The endpoint. */
  id: string;
};

/** Changes to a webhook endpoint; a field left out stays as it is. */
export type WebhookEndpointUpdateInput = {
  /** Enable or disable it; enabling clears an automatic disabling. */
  active?: boolean | null | undefined;
  /** A new description. */
  description?: string | null | undefined;
  /** The new set of events (at least one). */
  events?: Array<WebhookEventType> | null | undefined;
  /** The endpoint. */
  id: string;
  /** A new URL. */
  url?: string | null | undefined;
};

/** An event Comptoir pushes to webhook endpoints; the payload's `type` is the lower-case dotted name (e.g. `order.placed`). */
export type WebhookEventType =
  /** `catalog_import.finished`: a catalog CSV import ended (SUCCEEDED or FAILED), with its counts. */
  | 'CATALOG_IMPORT_FINISHED'
  /** `customer.created`: a customer was created (by staff, customersUpsert, or approving a registration). */
  | 'CUSTOMER_CREATED'
  /** `customer.updated`: a customer, its contacts, delivery sites or visibility changed, or it was excluded or let back in. */
  | 'CUSTOMER_UPDATED'
  /** `order.placed`: a cart became an order (store, staff on behalf, or an integrator). */
  | 'ORDER_PLACED'
  /** `order.shipping_cost_changed`: staff changed an order's shipping cost, and so its total. */
  | 'ORDER_SHIPPING_COST_CHANGED'
  /** `order.status_changed`: an order was validated, rejected, shipped, delivered or cancelled. */
  | 'ORDER_STATUS_CHANGED'
  /** `registration.requested`: someone asked for an account through the public form. */
  | 'REGISTRATION_REQUESTED'
  /** `store_access.approved`: an access pending approval was approved. */
  | 'STORE_ACCESS_APPROVED'
  /** `store_access.blocked`: an access was blocked. */
  | 'STORE_ACCESS_BLOCKED'
  /** `store_access.granted`: a contact was given access to a customer's store. */
  | 'STORE_ACCESS_GRANTED';

export type CustomerActivitiesQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CustomerActivitiesQuery = { customer: { id: string, activities: { edges: Array<{ node: { id: string, kind: ActivityKind, detail: string | null, createdAt: string, shopUser: { id: string, email: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { viewer: { staff: { id: string } | null }, staffMembers: Array<{ id: string, name: string, email: string, role: StaffRole, language: Language, active: boolean, lastSignInAt: string | null }> };

export type StaffCreateMutationVariables = Exact<{
  input: StaffCreateInput;
}>;


export type StaffCreateMutation = { staffCreate: { staff: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffUpdateMutationVariables = Exact<{
  input: StaffUpdateInput;
}>;


export type StaffUpdateMutation = { staffUpdate: { staff: { id: string, name: string, role: StaffRole, active: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreSettingsQuery = { viewer: { staff: { role: StaffRole } | null }, storeSettings: { storeName: string, autoApproveBuyers: boolean, showStock: boolean, reusePreviousShippingCost: boolean, selfRegistrationEnabled: boolean, showAccessRequestButton: boolean, pendingApprovalRecipients: PendingApprovalRecipients, pricesIncludeTax: boolean, taxRounding: TaxRounding, catalogLanguage: Language, shippingTaxRate: { id: string, isDefault: boolean } | null }, taxRates: Array<{ id: string, name: string, isDefault: boolean }> };

export type StoreSettingsUpdateMutationVariables = Exact<{
  input: StoreSettingsUpdateInput;
}>;


export type StoreSettingsUpdateMutation = { storeSettingsUpdate: { storeSettings: { storeName: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CatalogLanguageChangeMutationVariables = Exact<{
  input: CatalogLanguageChangeInput;
}>;


export type CatalogLanguageChangeMutation = { catalogLanguageChange: { missingCount: number, missingReferences: Array<string>, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type ApiTokenCreateMutation = { apiTokenCreate: { token: string | null, apiToken: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ApiTokenRevokeMutationVariables = Exact<{
  input: ApiTokenRevokeInput;
}>;


export type ApiTokenRevokeMutation = { apiTokenRevoke: { apiToken: { id: string, name: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditEntriesFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, edges: Array<{ node: { id: string, action: AuditAction, createdAt: string, actorName: string | null, byApiToken: boolean, targetType: string | null, targetId: string | null, targetLabel: string | null, customer: { id: string, name: string, customerNumber: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, staffMembers: Array<{ id: string, name: string, email: string }> };

export type AuditEntryFieldsFragment = { id: string, action: AuditAction, createdAt: string, actorName: string | null, byApiToken: boolean, targetType: string | null, targetId: string | null, targetLabel: string | null, customer: { id: string, name: string, customerNumber: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> };

export type CustomerAuditQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type CustomerAuditQuery = { customer: { id: string, auditEvents: { edges: Array<{ node: { id: string, action: AuditAction, createdAt: string, actorName: string | null, byApiToken: boolean, targetType: string | null, targetId: string | null, targetLabel: string | null, customer: { id: string, name: string, customerNumber: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type OrderAuditQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type OrderAuditQuery = { order: { id: string, auditEvents: { edges: Array<{ node: { id: string, action: AuditAction, createdAt: string, actorName: string | null, byApiToken: boolean, targetType: string | null, targetId: string | null, targetLabel: string | null, customer: { id: string, name: string, customerNumber: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type RootQueryVariables = Exact<{ [key: string]: never; }>;


export type RootQuery = { viewer: { kind: ViewerKind, language: Language }, storeSettings: { storeName: string } };

export type StoreShellQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreShellQuery = { viewer: { kind: ViewerKind, language: Language, mustChangePassword: boolean, storeAccessStatus: StoreAccessStatus | null, viewingAsClient: boolean, shopUser: { email: string, mustChangePassword: boolean } | null, customer: { id: string, name: string, privateMessage: string | null, status: CustomerStatus, exclusionReason: string | null } | null }, storeSettings: { storeName: string, showStock: boolean } };

export type HubShellQueryVariables = Exact<{ [key: string]: never; }>;


export type HubShellQuery = { viewer: { kind: ViewerKind, viewingAsClient: boolean, staff: { name: string, email: string, role: StaffRole } | null, customer: { id: string, name: string } | null } };

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

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { viewer: { kind: ViewerKind, mustChangePassword: boolean, viewingAsClient: boolean }, storeSettings: { storeName: string, selfRegistrationEnabled: boolean, showAccessRequestButton: boolean } };

export type ViewerLanguageSetMutationVariables = Exact<{
  input: ViewerLanguageSetInput;
}>;


export type ViewerLanguageSetMutation = { viewerLanguageSet: { language: Language | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ShopUserPasswordResetRequestMutationVariables = Exact<{
  input: ShopUserPasswordResetRequestInput;
}>;


export type ShopUserPasswordResetRequestMutation = { shopUserPasswordResetRequest: { ok: boolean, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ShopUserPasswordResetCompleteMutationVariables = Exact<{
  input: ShopUserPasswordResetCompleteInput;
}>;


export type ShopUserPasswordResetCompleteMutation = { shopUserPasswordResetComplete: { ok: boolean, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ViewAsClientStartMutationVariables = Exact<{
  input: ViewAsClientStartInput;
}>;


export type ViewAsClientStartMutation = { viewAsClientStart: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ViewAsClientStopMutationVariables = Exact<{ [key: string]: never; }>;


export type ViewAsClientStopMutation = { viewAsClientStop: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubCatalogProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  query?: string | null | undefined;
  brandIds?: Array<string> | string | null | undefined;
  seasonIds?: Array<string> | string | null | undefined;
  tagIds?: Array<string> | string | null | undefined;
  manufacturerIds?: Array<string> | string | null | undefined;
  active?: boolean | null | undefined;
}>;


export type HubCatalogProductsQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, reference: string, name: string, active: boolean, taxRateIsDefault: boolean, taxRate: { name: string } | null, brand: { name: string } | null, season: { name: string } | null, price: { amount: string, currencyCode: CurrencyCode } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, brands: Array<{ id: string, name: string }>, seasons: Array<{ id: string, name: string }>, tags: Array<{ id: string, name: string }>, manufacturers: Array<{ id: string, name: string }> };

export type ManagedListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedListsQuery = { storeSettings: { catalogLanguage: Language }, brands: Array<{ id: string, name: string }>, seasons: Array<{ id: string, name: string, translations: Array<{ language: Language, name: string | null }> }>, tags: Array<{ id: string, name: string, translations: Array<{ language: Language, name: string | null }> }>, manufacturers: Array<{ id: string, name: string }> };

export type BrandCreateMutationVariables = Exact<{
  input: BrandCreateInput;
}>;


export type BrandCreateMutation = { brandCreate: { brand: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type BrandUpdateMutationVariables = Exact<{
  input: BrandUpdateInput;
}>;


export type BrandUpdateMutation = { brandUpdate: { brand: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type BrandDeleteMutationVariables = Exact<{
  input: BrandDeleteInput;
}>;


export type BrandDeleteMutation = { brandDelete: { deletedBrandId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SeasonCreateMutationVariables = Exact<{
  input: SeasonCreateInput;
}>;


export type SeasonCreateMutation = { seasonCreate: { season: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SeasonUpdateMutationVariables = Exact<{
  input: SeasonUpdateInput;
}>;


export type SeasonUpdateMutation = { seasonUpdate: { season: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SeasonDeleteMutationVariables = Exact<{
  input: SeasonDeleteInput;
}>;


export type SeasonDeleteMutation = { seasonDelete: { deletedSeasonId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type TagCreateMutationVariables = Exact<{
  input: TagCreateInput;
}>;


export type TagCreateMutation = { tagCreate: { tag: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type TagUpdateMutationVariables = Exact<{
  input: TagUpdateInput;
}>;


export type TagUpdateMutation = { tagUpdate: { tag: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type TagDeleteMutationVariables = Exact<{
  input: TagDeleteInput;
}>;


export type TagDeleteMutation = { tagDelete: { deletedTagId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ManufacturerCreateMutationVariables = Exact<{
  input: ManufacturerCreateInput;
}>;


export type ManufacturerCreateMutation = { manufacturerCreate: { manufacturer: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ManufacturerUpdateMutationVariables = Exact<{
  input: ManufacturerUpdateInput;
}>;


export type ManufacturerUpdateMutation = { manufacturerUpdate: { manufacturer: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ManufacturerDeleteMutationVariables = Exact<{
  input: ManufacturerDeleteInput;
}>;


export type ManufacturerDeleteMutation = { manufacturerDelete: { deletedManufacturerId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubPriceLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type HubPriceLevelsQuery = { priceLevels: Array<{ id: string, code: string, name: string, currencyCode: CurrencyCode, isDefault: boolean }> };

export type HubPriceLevelCreateMutationVariables = Exact<{
  input: PriceLevelCreateInput;
}>;


export type HubPriceLevelCreateMutation = { priceLevelCreate: { priceLevel: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubPriceLevelUpdateMutationVariables = Exact<{
  input: PriceLevelUpdateInput;
}>;


export type HubPriceLevelUpdateMutation = { priceLevelUpdate: { priceLevel: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubStorageLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HubStorageLocationsQuery = { storageLocations: Array<{ id: string, code: string, name: string, isDefault: boolean, defaultShippingCost: { amount: string, currencyCode: CurrencyCode } }> };

export type HubStorageLocationCreateMutationVariables = Exact<{
  input: StorageLocationCreateInput;
}>;


export type HubStorageLocationCreateMutation = { storageLocationCreate: { storageLocation: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubStorageLocationUpdateMutationVariables = Exact<{
  input: StorageLocationUpdateInput;
}>;


export type HubStorageLocationUpdateMutation = { storageLocationUpdate: { storageLocation: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubProductLevelsAndLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HubProductLevelsAndLocationsQuery = { priceLevels: Array<{ id: string, code: string, name: string, currencyCode: CurrencyCode, isDefault: boolean }>, storageLocations: Array<{ id: string, code: string, name: string, isDefault: boolean }> };

export type HubProductGridsQueryVariables = Exact<{
  id: string;
}>;


export type HubProductGridsQuery = { product: { id: string, prices: Array<{ amount: { amount: string }, priceLevel: { id: string } }>, stockLevels: Array<{ quantity: number, storageLocation: { id: string } }> }, priceLevels: Array<{ id: string }>, storageLocations: Array<{ id: string }> };

export type HubProductPricesSetMutationVariables = Exact<{
  input: ProductPricesSetInput;
}>;


export type HubProductPricesSetMutation = { productPricesSet: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubStockLevelsSetMutationVariables = Exact<{
  input: StockLevelsSetInput;
}>;


export type HubStockLevelsSetMutation = { stockLevelsSet: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubCatalogImportPreviewMutationVariables = Exact<{
  input: CatalogImportPreviewInput;
}>;


export type HubCatalogImportPreviewMutation = { catalogImportPreview: { preview: { lineCount: number, createCount: number, updateCount: number, unchangedCount: number, invalidCount: number, priceLevels: Array<{ code: string, name: string }>, storageLocations: Array<{ code: string, name: string }>, errors: Array<{ line: number, reference: string | null, column: string | null, value: string | null, code: UserErrorCode, message: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubCatalogImportStartMutationVariables = Exact<{
  input: CatalogImportStartInput;
}>;


export type HubCatalogImportStartMutation = { catalogImportStart: { task: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubExplainCandidatesQueryVariables = Exact<{
  customerQuery?: string | null | undefined;
  productQuery?: string | null | undefined;
  withCustomers: boolean;
  withProducts: boolean;
}>;


export type HubExplainCandidatesQuery = { customers?: { edges: Array<{ node: { id: string, name: string, customerNumber: string } }> }, products?: { edges: Array<{ node: { id: string, reference: string, barcode: string | null, name: string } }> } };

export type HubExplainQueryVariables = Exact<{
  customerId: string;
  productId: string;
}>;


export type HubExplainQuery = { productVisibilityExplain: { visible: boolean, orderable: boolean, reasons: Array<{ rule: VisibilityRule, message: string }> }, customer: { id: string, name: string, customerNumber: string, priceLevel: { name: string } | null }, product: { id: string, reference: string, name: string, prices: Array<{ priceLevel: { id: string, name: string, isDefault: boolean }, amount: { amount: string, currencyCode: CurrencyCode } }> } };

export type StoreProductCardFragment = { id: string, name: string, reference: string, barcode: string | null, unit: string, packSize: number, orderable: boolean, stock: number | null, imageUrl: string | null, quantityRules: { minimum: number, maximum: number | null, increment: number }, price: { amount: string, currencyCode: CurrencyCode } | null, brand: { name: string } | null, tags: Array<{ name: string }> };

export type StoreCatalogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  query?: string | null | undefined;
  sort?: ProductSort | null | undefined;
  brandIds?: Array<string> | string | null | undefined;
  seasonIds?: Array<string> | string | null | undefined;
  tagIds?: Array<string> | string | null | undefined;
  manufacturerIds?: Array<string> | string | null | undefined;
}>;


export type StoreCatalogQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, name: string, reference: string, barcode: string | null, unit: string, packSize: number, orderable: boolean, stock: number | null, imageUrl: string | null, quantityRules: { minimum: number, maximum: number | null, increment: number }, price: { amount: string, currencyCode: CurrencyCode } | null, brand: { name: string } | null, tags: Array<{ name: string }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, productFacets: { brands: Array<{ id: string, name: string, count: number }>, seasons: Array<{ id: string, name: string, count: number }>, tags: Array<{ id: string, name: string, count: number }>, manufacturers: Array<{ id: string, name: string, count: number }> } };

export type StoreProductQueryVariables = Exact<{
  id: string;
}>;


export type StoreProductQuery = { product: { description: string | null, id: string, name: string, reference: string, barcode: string | null, unit: string, packSize: number, orderable: boolean, stock: number | null, imageUrl: string | null, season: { name: string } | null, manufacturer: { name: string } | null, quantityRules: { minimum: number, maximum: number | null, increment: number }, price: { amount: string, currencyCode: CurrencyCode } | null, brand: { name: string } | null, tags: Array<{ name: string }> } };

export type ProductPackSizeQueryVariables = Exact<{
  id: string;
}>;


export type ProductPackSizeQuery = { product: { id: string, packSize: number, quantityRules: { minimum: number, increment: number } } };

export type StoreSearchSuggestionsQueryVariables = Exact<{
  query: string;
}>;


export type StoreSearchSuggestionsQuery = { products: { edges: Array<{ node: { id: string, name: string, reference: string, price: { amount: string, currencyCode: CurrencyCode } | null } }> } };

export type CustomersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  query?: string | null | undefined;
  status?: CustomerStatus | null | undefined;
  priceLevelId?: string | null | undefined;
  language?: Language | null | undefined;
  accessStatus?: StoreAccessStatus | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, name: string, customerNumber: string, documentLanguage: Language, status: CustomerStatus, accessCount: number, lastAccessAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, priceLevels: Array<{ id: string, name: string, code: string, isDefault: boolean }> };

export type CustomerSearchQueryVariables = Exact<{
  query: string;
}>;


export type CustomerSearchQuery = { customers: { edges: Array<{ node: { id: string, name: string, customerNumber: string } }> } };

export type CustomersByIdQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CustomersByIdQuery = { nodes: Array<
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Brand' }
    | { __typename: 'Cart' }
    | { __typename: 'CartLine' }
    | { __typename: 'Contact' }
    | { __typename: 'Customer', id: string, name: string, customerNumber: string }
    | { __typename: 'CustomerActivity' }
    | { __typename: 'DeliverySite' }
    | { __typename: 'Manufacturer' }
    | { __typename: 'Order' }
    | { __typename: 'OrderDocument' }
    | { __typename: 'OrderLine' }
    | { __typename: 'OrderList' }
    | { __typename: 'OrderListLine' }
    | { __typename: 'OutboxEmail' }
    | { __typename: 'PriceLevel' }
    | { __typename: 'Product' }
    | { __typename: 'Quote' }
    | { __typename: 'QuoteEvent' }
    | { __typename: 'QuoteLine' }
    | { __typename: 'RegistrationRequest' }
    | { __typename: 'Season' }
    | { __typename: 'StorageLocation' }
    | { __typename: 'StoreAccess' }
    | { __typename: 'Tag' }
    | { __typename: 'Task' }
    | { __typename: 'TaxRate' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
   | null> };

export type CustomerQueryVariables = Exact<{
  id: string;
}>;


export type CustomerQuery = { customer: { id: string, name: string, customerNumber: string, documentLanguage: Language, status: CustomerStatus, exclusionReason: string | null, privateMessage: string | null, vatNumber: string | null, taxExemption: TaxExemption | null, taxExemptionMention: string | null, createdAt: string, accessCount: number, pendingAccessCount: number, lastAccessAt: string | null, priceLevel: { id: string, name: string } | null, storageLocation: { id: string, name: string } | null, contacts: Array<{ id: string, name: string | null, email: string | null, phone: string | null, position: number }>, deliverySites: Array<{ id: string, name: string, street: string, postalCode: string, city: string, country: string }>, visibility: { tags: Array<{ id: string, name: string }>, seasons: Array<{ id: string, name: string }>, brands: Array<{ id: string, name: string }>, manufacturers: Array<{ id: string, name: string }> }, emailAccesses: Array<{ email: string, status: StoreAccessStatus, phone: string | null, storeAccess: { id: string, grantedAt: string, lastAccessAt: string | null, language: Language } | null }> } };

export type CustomerFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerFormOptionsQuery = { priceLevels: Array<{ id: string, name: string, code: string, isDefault: boolean }>, storageLocations: Array<{ id: string, name: string, code: string, isDefault: boolean }> };

export type VisibilityOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityOptionsQuery = { tags: Array<{ id: string, name: string }>, seasons: Array<{ id: string, name: string }>, brands: Array<{ id: string, name: string }>, manufacturers: Array<{ id: string, name: string }> };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { customerUpdate: { customer: { id: string, customerNumber: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CustomerExcludeMutationVariables = Exact<{
  input: CustomerExcludeInput;
}>;


export type CustomerExcludeMutation = { customerExclude: { customer: { id: string, status: CustomerStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CustomerExclusionLiftMutationVariables = Exact<{
  input: CustomerExclusionLiftInput;
}>;


export type CustomerExclusionLiftMutation = { customerExclusionLift: { customer: { id: string, status: CustomerStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreAccessGrantMutationVariables = Exact<{
  input: StoreAccessGrantInput;
}>;


export type StoreAccessGrantMutation = { storeAccessGrant: { temporaryPassword: string | null, whatsAppUrl: string | null, storeAccess: { id: string, email: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreAccessRegeneratePasswordMutationVariables = Exact<{
  input: StoreAccessRegeneratePasswordInput;
}>;


export type StoreAccessRegeneratePasswordMutation = { storeAccessRegeneratePassword: { temporaryPassword: string | null, whatsAppUrl: string | null, storeAccess: { id: string, email: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreAccessBlockMutationVariables = Exact<{
  input: StoreAccessIdInput;
}>;


export type StoreAccessBlockMutation = { storeAccessBlock: { storeAccess: { id: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreAccessUnblockMutationVariables = Exact<{
  input: StoreAccessIdInput;
}>;


export type StoreAccessUnblockMutation = { storeAccessUnblock: { storeAccess: { id: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreAccessBulkGrantMutationVariables = Exact<{
  input: StoreAccessBulkGrantInput;
}>;


export type StoreAccessBulkGrantMutation = { storeAccessBulkGrant: { task: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type TaskQueryVariables = Exact<{
  id: string;
}>;


export type TaskQuery = { task: { id: string, kind: string, status: TaskStatus, total: number, processed: number, succeeded: number, progress: number, interrupted: boolean, error: string | null, createdAt: string, finishedAt: string | null, skipped: Array<{ id: string, label: string, code: UserErrorCode, message: string }> } };

export type StoreAccessLanguageUpdateMutationVariables = Exact<{
  input: StoreAccessLanguageUpdateInput;
}>;


export type StoreAccessLanguageUpdateMutation = { storeAccessLanguageUpdate: { storeAccess: { id: string, language: Language } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type DocumentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentSettingsQuery = { viewer: { staff: { role: StaffRole } | null }, storeSettings: { storeName: string, legalName: string | null, legalAddress: string | null, vatNumber: string | null, companyRegistration: string | null, iban: string | null, bic: string | null, paymentTerms: string | null, documentFooter: string | null, hasLogo: boolean, attachPdfToEmails: boolean, attachDeliveryNoteToEmails: boolean } };

export type DocumentSettingsUpdateMutationVariables = Exact<{
  input: StoreSettingsUpdateInput;
}>;


export type DocumentSettingsUpdateMutation = { storeSettingsUpdate: { storeSettings: { legalName: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubQuotesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: QuoteStatus | null | undefined;
  customerSearch?: string | null | undefined;
}>;


export type HubQuotesQuery = { quotes: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, status: QuoteStatus, createdAt: string, expiresOn: string | null, lineCount: number, total: { amount: string, currencyCode: CurrencyCode }, customer: { id: string, name: string, customerNumber: string } } }> } };

export type HubQuoteQueryVariables = Exact<{
  id: string;
}>;


export type HubQuoteQuery = { quote: { id: string, number: string, status: QuoteStatus, createdAt: string, sentAt: string | null, answeredAt: string | null, expiresOn: string | null, buyerMessage: string | null, staffMessage: string | null, currencyCode: CurrencyCode, total: { amount: string, currencyCode: CurrencyCode }, customer: { id: string, name: string, customerNumber: string }, order: { id: string, number: string } | null, lines: Array<{ id: string, reference: string, name: string, quantity: number, discountPercent: string | null, listPrice: { amount: string, currencyCode: CurrencyCode }, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, thread: Array<{ id: string, kind: QuoteEventKind, message: string | null, fromStaff: boolean, authorName: string | null, createdAt: string }> } };

export type HubQuoteProductSearchQueryVariables = Exact<{
  query: string;
}>;


export type HubQuoteProductSearchQuery = { products: { edges: Array<{ node: { id: string, reference: string, name: string } }> } };

export type HubQuoteUpdateMutationVariables = Exact<{
  input: QuoteUpdateInput;
}>;


export type HubQuoteUpdateMutation = { quoteUpdate: { quote: { id: string, status: QuoteStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubQuoteSendMutationVariables = Exact<{
  input: QuoteSendInput;
}>;


export type HubQuoteSendMutation = { quoteSend: { quote: { id: string, status: QuoteStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubQuoteCommentMutationVariables = Exact<{
  input: QuoteCommentInput;
}>;


export type HubQuoteCommentMutation = { quoteComment: { quote: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OutboxEmailsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: EmailStatus | null | undefined;
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
    | { __typename: 'CustomerActivity' }
    | { __typename: 'DeliverySite' }
    | { __typename: 'Manufacturer' }
    | { __typename: 'Order' }
    | { __typename: 'OrderDocument' }
    | { __typename: 'OrderLine' }
    | { __typename: 'OrderList' }
    | { __typename: 'OrderListLine' }
    | { __typename: 'OutboxEmail', id: string, toAddress: string, subject: string | null, template: string, language: string, status: EmailStatus, attempts: number, lastError: string | null, createdAt: string, processedAt: string | null, html: string | null, text: string | null, attachments: Array<{ position: number, fileName: string, state: EmailAttachmentState, size: number | null, error: string | null, downloadUrl: string }> }
    | { __typename: 'PriceLevel' }
    | { __typename: 'Product' }
    | { __typename: 'Quote' }
    | { __typename: 'QuoteEvent' }
    | { __typename: 'QuoteLine' }
    | { __typename: 'RegistrationRequest' }
    | { __typename: 'Season' }
    | { __typename: 'StorageLocation' }
    | { __typename: 'StoreAccess' }
    | { __typename: 'Tag' }
    | { __typename: 'Task' }
    | { __typename: 'TaxRate' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type OutboxEmailResendMutationVariables = Exact<{
  input: OutboxEmailResendInput;
}>;


export type OutboxEmailResendMutation = { outboxEmailResend: { outboxEmail: { id: string, status: EmailStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OutboxEmailsResendFailedMutationVariables = Exact<{ [key: string]: never; }>;


export type OutboxEmailsResendFailedMutation = { outboxEmailsResendFailed: { count: number } };

export type HubBellQueryVariables = Exact<{ [key: string]: never; }>;


export type HubBellQuery = { hubNotifications: { total: number, unreadCount: number } };

export type HubNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HubNotificationsQuery = { hubNotifications: { total: number, pendingApprovalCount: number, registrationRequestCount: number, submittedOrderCount: number, unreadCount: number, unreadOrderCount: number, unreadApprovalCount: number, unreadRegistrationCount: number, requestedQuoteCount: number, unreadQuoteCount: number, requestedQuotes: Array<{ id: string, number: string, createdAt: string, customer: { id: string, name: string } }>, submittedOrders: Array<{ id: string, number: string, placedAt: string, total: { amount: string, currencyCode: CurrencyCode }, customer: { id: string, name: string } }>, pendingApprovals: Array<{ id: string, email: string, grantedAt: string, customer: { id: string, name: string } }>, registrationRequests: Array<{ id: string, companyName: string, contactName: string, email: string, createdAt: string }> } };

export type StoreAccessApproveMutationVariables = Exact<{
  input: StoreAccessIdInput;
}>;


export type StoreAccessApproveMutation = { storeAccessApprove: { storeAccess: { id: string, email: string, status: StoreAccessStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubNotificationsMarkReadMutationVariables = Exact<{
  input: HubNotificationsMarkReadInput;
}>;


export type HubNotificationsMarkReadMutation = { hubNotificationsMarkRead: { hubNotifications: { unreadCount: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrderListsQuery = { orderLists: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, lineCount: number, published: boolean, editable: boolean, updatedAt: string } }> } };

export type OrderListQueryVariables = Exact<{
  id: string;
}>;


export type OrderListQuery = { orderList: { id: string, name: string, published: boolean, editable: boolean, lineCount: number, lines: Array<{ id: string, quantity: number, position: number, available: boolean, product: { id: string, name: string, reference: string, barcode: string | null, unit: string, packSize: number } }> } };

export type OrderListCsvQueryVariables = Exact<{
  id: string;
}>;


export type OrderListCsvQuery = { orderList: { id: string, name: string, csv: string } };

export type HubOrderListQueryVariables = Exact<{
  id: string;
}>;


export type HubOrderListQuery = { orderList: { id: string, name: string, lineCount: number, publishedTo: Array<{ id: string, name: string, customerNumber: string }>, lines: Array<{ id: string, quantity: number, product: { id: string, name: string, reference: string } }> } };

export type OrderListCreateMutationVariables = Exact<{
  input: OrderListCreateInput;
}>;


export type OrderListCreateMutation = { orderListCreate: { orderList: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListUpdateMutationVariables = Exact<{
  input: OrderListUpdateInput;
}>;


export type OrderListUpdateMutation = { orderListUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListDeleteMutationVariables = Exact<{
  input: OrderListIdInput;
}>;


export type OrderListDeleteMutation = { orderListDelete: { deletedOrderListId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListCopyMutationVariables = Exact<{
  input: OrderListCopyInput;
}>;


export type OrderListCopyMutation = { orderListCopy: { orderList: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListLinesAddMutationVariables = Exact<{
  input: OrderListLinesAddInput;
}>;


export type OrderListLinesAddMutation = { orderListLinesAdd: { orderList: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListLinesUpdateMutationVariables = Exact<{
  input: OrderListLinesUpdateInput;
}>;


export type OrderListLinesUpdateMutation = { orderListLinesUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListLinesReorderMutationVariables = Exact<{
  input: OrderListLinesReorderInput;
}>;


export type OrderListLinesReorderMutation = { orderListLinesReorder: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListLinesImportMutationVariables = Exact<{
  input: OrderListLinesImportInput;
}>;


export type OrderListLinesImportMutation = { orderListLinesImport: { addedLineCount: number, problems: Array<{ line: number, code: string, message: string }>, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListCartAddMutationVariables = Exact<{
  input: OrderListCartAddInput;
}>;


export type OrderListCartAddMutation = { orderListCartAdd: { addedLineCount: number, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderListPublishMutationVariables = Exact<{
  input: OrderListPublishInput;
}>;


export type OrderListPublishMutation = { orderListPublish: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CartCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CartCountQuery = { cart: { lines: Array<{ id: string, quantity: number }> } };

export type CartQueryVariables = Exact<{ [key: string]: never; }>;


export type CartQuery = { cart: { id: string, taxComputed: boolean, taxExemption: TaxExemption | null, taxExemptionMention: string | null, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode } | null, lineTotal: { amount: string, currencyCode: CurrencyCode } | null, product: { id: string, name: string, reference: string, unit: string, packSize: number, orderable: boolean } }>, subtotal: { amount: string, currencyCode: CurrencyCode } | null, shippingCost: { amount: string, currencyCode: CurrencyCode } | null, totalExcludingTax: { amount: string, currencyCode: CurrencyCode } | null, taxLines: Array<{ name: string, rate: string, base: { amount: string, currencyCode: CurrencyCode }, amount: { amount: string, currencyCode: CurrencyCode } }>, totalIncludingTax: { amount: string, currencyCode: CurrencyCode } | null } };

export type CartSuggestionsQueryVariables = Exact<{
  query: string;
}>;


export type CartSuggestionsQuery = { products: { edges: Array<{ node: { id: string, name: string, reference: string, unit: string, packSize: number, orderable: boolean, price: { amount: string, currencyCode: CurrencyCode } | null } }> } };

export type CartLinesImportMutationVariables = Exact<{
  input: CartLinesImportInput;
}>;


export type CartLinesImportMutation = { cartLinesImport: { addedProductCount: number, problems: Array<{ line: number, code: string, reason: CartImportProblemReason, message: string }>, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CheckoutQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutQuery = { cart: { id: string, taxComputed: boolean, taxExemption: TaxExemption | null, taxExemptionMention: string | null, lines: Array<{ id: string, quantity: number, product: { id: string, name: string, reference: string }, lineTotal: { amount: string, currencyCode: CurrencyCode } | null }>, subtotal: { amount: string, currencyCode: CurrencyCode } | null, shippingCost: { amount: string, currencyCode: CurrencyCode } | null, totalExcludingTax: { amount: string, currencyCode: CurrencyCode } | null, taxLines: Array<{ name: string, rate: string, base: { amount: string, currencyCode: CurrencyCode }, amount: { amount: string, currencyCode: CurrencyCode } }>, totalIncludingTax: { amount: string, currencyCode: CurrencyCode } | null, deliverySites: Array<{ id: string, name: string, street: string, postalCode: string, city: string }> } };

export type ShopUserCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopUserCustomersQuery = { shopUserCustomers: Array<{ id: string, name: string, customerNumber: string }> };

export type ShopUserCustomerSwitchMutationVariables = Exact<{
  input: ShopUserCustomerSwitchInput;
}>;


export type ShopUserCustomerSwitchMutation = { shopUserCustomerSwitch: { customer: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

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
  search?: string | null | undefined;
}>;


export type OrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, externalReference: string | null, kind: OrderKind, placedAt: string, status: OrderStatus, lineCount: number, total: { amount: string, currencyCode: CurrencyCode } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderDetailsFragment = { id: string, number: string, kind: OrderKind, status: OrderStatus, placedAt: string, orderDate: string | null, requestedDeliveryDate: string | null, purchaseOrderReference: string | null, externalReference: string | null, notes: string | null, placedOnBehalfBy: string | null, taxComputed: boolean, taxExemption: TaxExemption | null, taxExemptionMention: string | null, shippingTaxRateName: string | null, placedBy: { email: string } | null, deliverySite: { id: string, name: string, street: string, postalCode: string, city: string, country: string } | null, documents: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, lines: Array<{ id: string, reference: string, name: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, subtotal: { amount: string, currencyCode: CurrencyCode }, shippingCost: { amount: string, currencyCode: CurrencyCode }, total: { amount: string, currencyCode: CurrencyCode }, totalExcludingTax: { amount: string, currencyCode: CurrencyCode } | null, taxLines: Array<{ name: string, rate: string, base: { amount: string, currencyCode: CurrencyCode }, amount: { amount: string, currencyCode: CurrencyCode } }>, totalIncludingTax: { amount: string, currencyCode: CurrencyCode } | null, timeline: Array<{ kind: OrderEventKind, at: string, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, externalReference: string | null, previousExternalReference: string | null, actorKind: OrderActorKind | null, actorName: string | null, shippingCost: { amount: string, currencyCode: CurrencyCode } | null, previousShippingCost: { amount: string, currencyCode: CurrencyCode } | null }> };

export type HubOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: OrderStatus | null | undefined;
  customerSearch?: string | null | undefined;
  placedFrom?: string | null | undefined;
  placedBefore?: string | null | undefined;
  search?: string | null | undefined;
  acknowledged?: boolean | null | undefined;
}>;


export type HubOrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, externalReference: string | null, kind: OrderKind, placedAt: string, status: OrderStatus, lineCount: number, customer: { id: string, name: string, customerNumber: string }, total: { amount: string, currencyCode: CurrencyCode } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderQueryVariables = Exact<{
  id: string;
}>;


export type OrderQuery = { order: { id: string, number: string, kind: OrderKind, status: OrderStatus, placedAt: string, orderDate: string | null, requestedDeliveryDate: string | null, purchaseOrderReference: string | null, externalReference: string | null, notes: string | null, placedOnBehalfBy: string | null, taxComputed: boolean, taxExemption: TaxExemption | null, taxExemptionMention: string | null, shippingTaxRateName: string | null, placedBy: { email: string } | null, deliverySite: { id: string, name: string, street: string, postalCode: string, city: string, country: string } | null, documents: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, lines: Array<{ id: string, reference: string, name: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, subtotal: { amount: string, currencyCode: CurrencyCode }, shippingCost: { amount: string, currencyCode: CurrencyCode }, total: { amount: string, currencyCode: CurrencyCode }, totalExcludingTax: { amount: string, currencyCode: CurrencyCode } | null, taxLines: Array<{ name: string, rate: string, base: { amount: string, currencyCode: CurrencyCode }, amount: { amount: string, currencyCode: CurrencyCode } }>, totalIncludingTax: { amount: string, currencyCode: CurrencyCode } | null, timeline: Array<{ kind: OrderEventKind, at: string, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, externalReference: string | null, previousExternalReference: string | null, actorKind: OrderActorKind | null, actorName: string | null, shippingCost: { amount: string, currencyCode: CurrencyCode } | null, previousShippingCost: { amount: string, currencyCode: CurrencyCode } | null }> } };

export type HubOrderQueryVariables = Exact<{
  id: string;
}>;


export type HubOrderQuery = { order: { id: string, number: string, kind: OrderKind, status: OrderStatus, placedAt: string, orderDate: string | null, requestedDeliveryDate: string | null, purchaseOrderReference: string | null, externalReference: string | null, notes: string | null, placedOnBehalfBy: string | null, taxComputed: boolean, taxExemption: TaxExemption | null, taxExemptionMention: string | null, shippingTaxRateName: string | null, customer: { id: string, name: string, customerNumber: string }, placedByStaff: { name: string, email: string } | null, placedBy: { email: string } | null, deliverySite: { id: string, name: string, street: string, postalCode: string, city: string, country: string } | null, documents: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, lines: Array<{ id: string, reference: string, name: string, quantity: number, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, subtotal: { amount: string, currencyCode: CurrencyCode }, shippingCost: { amount: string, currencyCode: CurrencyCode }, total: { amount: string, currencyCode: CurrencyCode }, totalExcludingTax: { amount: string, currencyCode: CurrencyCode } | null, taxLines: Array<{ name: string, rate: string, base: { amount: string, currencyCode: CurrencyCode }, amount: { amount: string, currencyCode: CurrencyCode } }>, totalIncludingTax: { amount: string, currencyCode: CurrencyCode } | null, timeline: Array<{ kind: OrderEventKind, at: string, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, reason: string | null, externalReference: string | null, previousExternalReference: string | null, actorKind: OrderActorKind | null, actorName: string | null, shippingCost: { amount: string, currencyCode: CurrencyCode } | null, previousShippingCost: { amount: string, currencyCode: CurrencyCode } | null }> } };

export type OrderingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderingViewerQuery = { viewer: { kind: ViewerKind, viewingAsClient: boolean } };

export type OrderValidateMutationVariables = Exact<{
  input: OrderStatusChangeInput;
}>;


export type OrderValidateMutation = { orderValidate: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderRejectMutationVariables = Exact<{
  input: OrderRejectInput;
}>;


export type OrderRejectMutation = { orderReject: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderShipMutationVariables = Exact<{
  input: OrderStatusChangeInput;
}>;


export type OrderShipMutation = { orderShip: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderDeliverMutationVariables = Exact<{
  input: OrderStatusChangeInput;
}>;


export type OrderDeliverMutation = { orderDeliver: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderCancelMutationVariables = Exact<{
  input: OrderStatusChangeInput;
}>;


export type OrderCancelMutation = { orderCancel: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderShippingCostUpdateMutationVariables = Exact<{
  input: OrderShippingCostUpdateInput;
}>;


export type OrderShippingCostUpdateMutation = { orderShippingCostUpdate: { order: { id: string, total: { amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OrderReorderMutationVariables = Exact<{
  input: OrderReorderInput;
}>;


export type OrderReorderMutation = { orderReorder: { addedLineCount: number, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubDashboardQueryVariables = Exact<{
  days: number;
}>;


export type HubDashboardQuery = { hubDashboard: { days: number, submittedOrderCount: number, pendingApprovalCount: number, registrationRequestCount: number, failedEmailCount: number, today: { from: string, to: string, orderCount: number, value: { amount: string, currencyCode: CurrencyCode } }, yesterday: { orderCount: number, value: { amount: string, currencyCode: CurrencyCode } }, week: { from: string, to: string, orderCount: number, value: { amount: string, currencyCode: CurrencyCode } }, previousWeek: { orderCount: number, value: { amount: string, currencyCode: CurrencyCode } }, series: Array<{ day: string, orderCount: number, value: { amount: string, currencyCode: CurrencyCode } }>, topCustomers: Array<{ customerId: string, customerNumber: string, name: string, orderCount: number, value: { amount: string, currencyCode: CurrencyCode } }>, topProducts: Array<{ productId: string | null, reference: string, name: string, quantity: number, value: { amount: string, currencyCode: CurrencyCode } }> } };

export type CustomerOrdersQueryVariables = Exact<{
  id: string;
}>;


export type CustomerOrdersQuery = { customer: { id: string, orderSummary: { orderCount12Months: number, orderCount: number, lastOrderAt: string | null, value12Months: { amount: string, currencyCode: CurrencyCode } } }, orders: { edges: Array<{ node: { id: string, number: string, externalReference: string | null, kind: OrderKind, placedAt: string, status: OrderStatus, lineCount: number, customer: { id: string, name: string, customerNumber: string }, total: { amount: string, currencyCode: CurrencyCode } } }> } };

export type CartScanMutationVariables = Exact<{
  input: CartLinesImportInput;
}>;


export type CartScanMutation = { cartLinesImport: { addedProductCount: number, cart: { id: string, lines: Array<{ id: string, quantity: number, product: { id: string, name: string, barcode: string | null, packSize: number } }> } | null, problems: Array<{ code: string, reason: CartImportProblemReason }>, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ProductFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductFormOptionsQuery = { brands: Array<{ id: string, name: string }>, seasons: Array<{ id: string, name: string }>, manufacturers: Array<{ id: string, name: string }>, tags: Array<{ id: string, name: string }>, taxRates: Array<{ id: string, name: string, isDefault: boolean }> };

export type HubProductQueryVariables = Exact<{
  id: string;
}>;


export type HubProductQuery = { storeSettings: { catalogLanguage: Language }, product: { id: string, reference: string, barcode: string | null, name: string, description: string | null, unit: string, packSize: number, active: boolean, imageUrl: string | null, taxRateIsDefault: boolean, translations: Array<{ language: Language, name: string | null, description: string | null }>, taxRate: { id: string } | null, brand: { id: string } | null, season: { id: string } | null, manufacturer: { id: string } | null, tags: Array<{ id: string }>, prices: Array<{ amount: { amount: string, currencyCode: CurrencyCode }, priceLevel: { id: string, name: string, code: string, currencyCode: CurrencyCode } }>, stockLevels: Array<{ quantity: number, storageLocation: { id: string, name: string, code: string } }> } };

export type ProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type ProductCreateMutation = { productCreate: { product: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type ProductUpdateMutation = { productUpdate: { product: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RegistrationRequestSubmitMutationVariables = Exact<{
  input: RegistrationRequestSubmitInput;
}>;


export type RegistrationRequestSubmitMutation = { registrationRequestSubmit: { received: boolean, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RegistrationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationSettingsQuery = { viewer: { language: Language }, storeSettings: { storeName: string, selfRegistrationEnabled: boolean } };

export type RegistrationRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: RegistrationStatus | null | undefined;
}>;


export type RegistrationRequestsQuery = { registrationRequests: { edges: Array<{ node: { id: string, companyName: string, contactName: string, email: string, language: Language, status: RegistrationStatus, previouslyRefused: boolean, createdAt: string, decidedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegistrationRequestQueryVariables = Exact<{
  id: string;
}>;


export type RegistrationRequestQuery = { registrationRequest: { id: string, companyName: string, contactName: string, email: string, phone: string | null, address: string | null, vatNumber: string | null, message: string | null, language: Language, status: RegistrationStatus, previouslyRefused: boolean, createdAt: string, decidedAt: string | null, refusalReason: string | null, customer: { id: string, name: string, customerNumber: string } | null } };

export type RegistrationRequestApproveMutationVariables = Exact<{
  input: RegistrationRequestApproveInput;
}>;


export type RegistrationRequestApproveMutation = { registrationRequestApprove: { registrationRequest: { id: string, status: RegistrationStatus } | null, storeAccess: { id: string, email: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RegistrationRequestRefuseMutationVariables = Exact<{
  input: RegistrationRequestRefuseInput;
}>;


export type RegistrationRequestRefuseMutation = { registrationRequestRefuse: { registrationRequest: { id: string, status: RegistrationStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreQuotesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StoreQuotesQuery = { quotes: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, status: QuoteStatus, createdAt: string, expiresOn: string | null, lineCount: number, total: { amount: string, currencyCode: CurrencyCode } } }> } };

export type StoreQuoteQueryVariables = Exact<{
  id: string;
}>;


export type StoreQuoteQuery = { quote: { id: string, number: string, status: QuoteStatus, createdAt: string, sentAt: string | null, answeredAt: string | null, expiresOn: string | null, staffMessage: string | null, lineCount: number, total: { amount: string, currencyCode: CurrencyCode }, order: { id: string, number: string } | null, lines: Array<{ id: string, reference: string, name: string, quantity: number, discountPercent: string | null, listPrice: { amount: string, currencyCode: CurrencyCode }, unitPrice: { amount: string, currencyCode: CurrencyCode }, lineTotal: { amount: string, currencyCode: CurrencyCode } }>, thread: Array<{ id: string, kind: QuoteEventKind, message: string | null, fromStaff: boolean, authorName: string | null, createdAt: string }> } };

export type StoreQuoteRequestMutationVariables = Exact<{
  input: QuoteRequestInput;
}>;


export type StoreQuoteRequestMutation = { quoteRequest: { quote: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreQuoteAcceptMutationVariables = Exact<{
  input: QuoteAcceptInput;
}>;


export type StoreQuoteAcceptMutation = { quoteAccept: { order: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreQuoteDeclineMutationVariables = Exact<{
  input: QuoteDeclineInput;
}>;


export type StoreQuoteDeclineMutation = { quoteDecline: { quote: { id: string, status: QuoteStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreQuoteCommentMutationVariables = Exact<{
  input: QuoteCommentInput;
}>;


export type StoreQuoteCommentMutation = { quoteComment: { quote: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StoreUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: StoreAccessStatus | null | undefined;
  customerId?: string | null | undefined;
  language?: Language | null | undefined;
  lastAccessBefore?: string | null | undefined;
  lastAccessAfter?: string | null | undefined;
}>;


export type StoreUsersQuery = { storeUsers: { totalCount: number, edges: Array<{ node: { id: string, email: string, phone: string | null, language: Language, grantedAt: string, lastAccessAt: string | null, accessCount: number, accesses: Array<{ id: string, status: StoreAccessStatus, lastAccessAt: string | null, customer: { id: string, name: string, customerNumber: string } }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type HubTaxRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type HubTaxRatesQuery = { viewer: { staff: { role: StaffRole } | null }, taxRates: Array<{ id: string, name: string, percentage: string, isDefault: boolean }> };

export type HubTaxRateCreateMutationVariables = Exact<{
  input: TaxRateCreateInput;
}>;


export type HubTaxRateCreateMutation = { taxRateCreate: { taxRate: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubTaxRateUpdateMutationVariables = Exact<{
  input: TaxRateUpdateInput;
}>;


export type HubTaxRateUpdateMutation = { taxRateUpdate: { taxRate: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HubTaxRateDeleteMutationVariables = Exact<{
  input: TaxRateDeleteInput;
}>;


export type HubTaxRateDeleteMutation = { taxRateDelete: { deletedTaxRateId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: { edges: Array<{ node: { id: string, url: string, description: string, events: Array<WebhookEventType>, active: boolean, failingSince: string | null, autoDisabledAt: string | null, createdAt: string } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { node:
    | { id: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, webhookId: string, eventType: string, status: WebhookDeliveryStatus, responseStatus: number | null, durationMs: number | null, attempts: number, nextAttemptAt: string | null, deliveredAt: string | null, lastError: string | null, createdAt: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, webhookEndpoint: { id: string, url: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WebhookEndpointUpdateMutationVariables = Exact<{
  input: WebhookEndpointUpdateInput;
}>;


export type WebhookEndpointUpdateMutation = { webhookEndpointUpdate: { webhookEndpoint: { id: string, url: string, active: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WebhookEndpointRotateSecretMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhookEndpointRotateSecretMutation = { webhookEndpointRotateSecret: { secret: string | null, webhookEndpoint: { id: string, url: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WebhookEndpointDeleteMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhookEndpointDeleteMutation = { webhookEndpointDelete: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WebhookEndpointSendTestMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhookEndpointSendTestMutation = { webhookEndpointSendTest: { webhookDelivery: { id: string, webhookId: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WebhookDeliveryRedeliverMutationVariables = Exact<{
  input: WebhookDeliveryIdInput;
}>;


export type WebhookDeliveryRedeliverMutation = { webhookDeliveryRedeliver: { webhookDelivery: { id: string, webhookId: string, status: WebhookDeliveryStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

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
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEvent {
  id
  action
  createdAt
  actorName
  byApiToken
  targetType
  targetId
  targetLabel
  customer {
    id
    name
    customerNumber
  }
  changes {
    field
    before
    after
  }
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const StoreProductCardFragmentDoc = new TypedDocumentString(`
    fragment StoreProductCard on Product {
  id
  name
  reference
  barcode
  unit
  packSize
  quantityRules {
    minimum
    maximum
    increment
  }
  orderable
  stock
  imageUrl
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
    `, {"fragmentName":"StoreProductCard"}) as unknown as TypedDocumentString<StoreProductCardFragment, unknown>;
export const OrderDetailsFragmentDoc = new TypedDocumentString(`
    fragment OrderDetails on Order {
  id
  number
  kind
  status
  placedAt
  orderDate
  requestedDeliveryDate
  purchaseOrderReference
  externalReference
  notes
  placedBy {
    email
  }
  placedOnBehalfBy
  deliverySite {
    id
    name
    street
    postalCode
    city
    country
  }
  documents {
    id
    fileName
    contentType
    size
    url
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
  taxComputed
  totalExcludingTax {
    amount
    currencyCode
  }
  taxLines {
    name
    rate
    base {
      amount
      currencyCode
    }
    amount {
      amount
      currencyCode
    }
  }
  totalIncludingTax {
    amount
    currencyCode
  }
  taxExemption
  taxExemptionMention
  shippingTaxRateName
  timeline {
    kind
    at
    fromStatus
    toStatus
    reason
    externalReference
    previousExternalReference
    actorKind
    actorName
    shippingCost {
      amount
      currencyCode
    }
    previousShippingCost {
      amount
      currencyCode
    }
  }
}
    `, {"fragmentName":"OrderDetails"}) as unknown as TypedDocumentString<OrderDetailsFragment, unknown>;
export const CustomerActivitiesDocument = new TypedDocumentString(`
    query CustomerActivities($id: ID!, $first: Int!, $after: String) {
  customer(id: $id) {
    id
    activities(first: $first, after: $after) {
      edges {
        node {
          id
          kind
          detail
          createdAt
          shopUser {
            id
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerActivitiesQuery, CustomerActivitiesQueryVariables>;
export const StaffMembersDocument = new TypedDocumentString(`
    query StaffMembers {
  viewer {
    staff {
      id
    }
  }
  staffMembers {
    id
    name
    email
    role
    language
    active
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<StaffMembersQuery, StaffMembersQueryVariables>;
export const StaffCreateDocument = new TypedDocumentString(`
    mutation StaffCreate($input: StaffCreateInput!) {
  staffCreate(input: $input) {
    staff {
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
    `) as unknown as TypedDocumentString<StaffCreateMutation, StaffCreateMutationVariables>;
export const StaffUpdateDocument = new TypedDocumentString(`
    mutation StaffUpdate($input: StaffUpdateInput!) {
  staffUpdate(input: $input) {
    staff {
      id
      name
      role
      active
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUpdateMutation, StaffUpdateMutationVariables>;
export const StoreSettingsDocument = new TypedDocumentString(`
    query StoreSettings {
  viewer {
    staff {
      role
    }
  }
  storeSettings {
    storeName
    autoApproveBuyers
    showStock
    reusePreviousShippingCost
    selfRegistrationEnabled
    showAccessRequestButton
    pendingApprovalRecipients
    pricesIncludeTax
    taxRounding
    catalogLanguage
    shippingTaxRate {
      id
      isDefault
    }
  }
  taxRates {
    id
    name
    isDefault
  }
}
    `) as unknown as TypedDocumentString<StoreSettingsQuery, StoreSettingsQueryVariables>;
export const StoreSettingsUpdateDocument = new TypedDocumentString(`
    mutation StoreSettingsUpdate($input: StoreSettingsUpdateInput!) {
  storeSettingsUpdate(input: $input) {
    storeSettings {
      storeName
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreSettingsUpdateMutation, StoreSettingsUpdateMutationVariables>;
export const CatalogLanguageChangeDocument = new TypedDocumentString(`
    mutation CatalogLanguageChange($input: CatalogLanguageChangeInput!) {
  catalogLanguageChange(input: $input) {
    missingCount
    missingReferences
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogLanguageChangeMutation, CatalogLanguageChangeMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const ApiTokenCreateDocument = new TypedDocumentString(`
    mutation ApiTokenCreate($input: ApiTokenCreateInput!) {
  apiTokenCreate(input: $input) {
    apiToken {
      id
      name
    }
    token
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenRevokeDocument = new TypedDocumentString(`
    mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {
  apiTokenRevoke(input: $input) {
    apiToken {
      id
      name
      revokedAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($filter: AuditEntriesFilter, $first: Int!, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...AuditEntryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  staffMembers {
    id
    name
    email
  }
}
    fragment AuditEntryFields on AuditEvent {
  id
  action
  createdAt
  actorName
  byApiToken
  targetType
  targetId
  targetLabel
  customer {
    id
    name
    customerNumber
  }
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const CustomerAuditDocument = new TypedDocumentString(`
    query CustomerAudit($id: ID!, $after: String) {
  customer(id: $id) {
    id
    auditEvents(first: 20, after: $after) {
      edges {
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AuditEntryFields on AuditEvent {
  id
  action
  createdAt
  actorName
  byApiToken
  targetType
  targetId
  targetLabel
  customer {
    id
    name
    customerNumber
  }
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<CustomerAuditQuery, CustomerAuditQueryVariables>;
export const OrderAuditDocument = new TypedDocumentString(`
    query OrderAudit($id: ID!, $after: String) {
  order(id: $id) {
    id
    auditEvents(first: 20, after: $after) {
      edges {
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AuditEntryFields on AuditEvent {
  id
  action
  createdAt
  actorName
  byApiToken
  targetType
  targetId
  targetLabel
  customer {
    id
    name
    customerNumber
  }
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<OrderAuditQuery, OrderAuditQueryVariables>;
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
    viewingAsClient
    shopUser {
      email
      mustChangePassword
    }
    customer {
      id
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
    viewingAsClient
    staff {
      name
      email
      role
    }
    customer {
      id
      name
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
export const SignInOptionsDocument = new TypedDocumentString(`
    query SignInOptions {
  viewer {
    kind
    mustChangePassword
    viewingAsClient
  }
  storeSettings {
    storeName
    selfRegistrationEnabled
    showAccessRequestButton
  }
}
    `) as unknown as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const ViewerLanguageSetDocument = new TypedDocumentString(`
    mutation ViewerLanguageSet($input: ViewerLanguageSetInput!) {
  viewerLanguageSet(input: $input) {
    language
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerLanguageSetMutation, ViewerLanguageSetMutationVariables>;
export const ShopUserPasswordResetRequestDocument = new TypedDocumentString(`
    mutation ShopUserPasswordResetRequest($input: ShopUserPasswordResetRequestInput!) {
  shopUserPasswordResetRequest(input: $input) {
    ok
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShopUserPasswordResetRequestMutation, ShopUserPasswordResetRequestMutationVariables>;
export const ShopUserPasswordResetCompleteDocument = new TypedDocumentString(`
    mutation ShopUserPasswordResetComplete($input: ShopUserPasswordResetCompleteInput!) {
  shopUserPasswordResetComplete(input: $input) {
    ok
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShopUserPasswordResetCompleteMutation, ShopUserPasswordResetCompleteMutationVariables>;
export const ViewAsClientStartDocument = new TypedDocumentString(`
    mutation ViewAsClientStart($input: ViewAsClientStartInput!) {
  viewAsClientStart(input: $input) {
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
    `) as unknown as TypedDocumentString<ViewAsClientStartMutation, ViewAsClientStartMutationVariables>;
export const ViewAsClientStopDocument = new TypedDocumentString(`
    mutation ViewAsClientStop {
  viewAsClientStop {
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
    `) as unknown as TypedDocumentString<ViewAsClientStopMutation, ViewAsClientStopMutationVariables>;
export const HubCatalogProductsDocument = new TypedDocumentString(`
    query HubCatalogProducts($first: Int, $after: String, $last: Int, $before: String, $query: String, $brandIds: [ID!], $seasonIds: [ID!], $tagIds: [ID!], $manufacturerIds: [ID!], $active: Boolean) {
  products(
    first: $first
    after: $after
    last: $last
    before: $before
    query: $query
    brandIds: $brandIds
    seasonIds: $seasonIds
    tagIds: $tagIds
    manufacturerIds: $manufacturerIds
    active: $active
    sort: NAME_ASC
  ) {
    edges {
      node {
        id
        reference
        name
        active
        taxRate {
          name
        }
        taxRateIsDefault
        brand {
          name
        }
        season {
          name
        }
        price {
          amount
          currencyCode
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    totalCount
  }
  brands {
    id
    name
  }
  seasons {
    id
    name
  }
  tags {
    id
    name
  }
  manufacturers {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<HubCatalogProductsQuery, HubCatalogProductsQueryVariables>;
export const ManagedListsDocument = new TypedDocumentString(`
    query ManagedLists {
  storeSettings {
    catalogLanguage
  }
  brands {
    id
    name
  }
  seasons {
    id
    name
    translations {
      language
      name
    }
  }
  tags {
    id
    name
    translations {
      language
      name
    }
  }
  manufacturers {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ManagedListsQuery, ManagedListsQueryVariables>;
export const BrandCreateDocument = new TypedDocumentString(`
    mutation BrandCreate($input: BrandCreateInput!) {
  brandCreate(input: $input) {
    brand {
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
    `) as unknown as TypedDocumentString<BrandCreateMutation, BrandCreateMutationVariables>;
export const BrandUpdateDocument = new TypedDocumentString(`
    mutation BrandUpdate($input: BrandUpdateInput!) {
  brandUpdate(input: $input) {
    brand {
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
    `) as unknown as TypedDocumentString<BrandUpdateMutation, BrandUpdateMutationVariables>;
export const BrandDeleteDocument = new TypedDocumentString(`
    mutation BrandDelete($input: BrandDeleteInput!) {
  brandDelete(input: $input) {
    deletedBrandId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BrandDeleteMutation, BrandDeleteMutationVariables>;
export const SeasonCreateDocument = new TypedDocumentString(`
    mutation SeasonCreate($input: SeasonCreateInput!) {
  seasonCreate(input: $input) {
    season {
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
    `) as unknown as TypedDocumentString<SeasonCreateMutation, SeasonCreateMutationVariables>;
export const SeasonUpdateDocument = new TypedDocumentString(`
    mutation SeasonUpdate($input: SeasonUpdateInput!) {
  seasonUpdate(input: $input) {
    season {
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
    `) as unknown as TypedDocumentString<SeasonUpdateMutation, SeasonUpdateMutationVariables>;
export const SeasonDeleteDocument = new TypedDocumentString(`
    mutation SeasonDelete($input: SeasonDeleteInput!) {
  seasonDelete(input: $input) {
    deletedSeasonId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SeasonDeleteMutation, SeasonDeleteMutationVariables>;
export const TagCreateDocument = new TypedDocumentString(`
    mutation TagCreate($input: TagCreateInput!) {
  tagCreate(input: $input) {
    tag {
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
    `) as unknown as TypedDocumentString<TagCreateMutation, TagCreateMutationVariables>;
export const TagUpdateDocument = new TypedDocumentString(`
    mutation TagUpdate($input: TagUpdateInput!) {
  tagUpdate(input: $input) {
    tag {
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
    `) as unknown as TypedDocumentString<TagUpdateMutation, TagUpdateMutationVariables>;
export const TagDeleteDocument = new TypedDocumentString(`
    mutation TagDelete($input: TagDeleteInput!) {
  tagDelete(input: $input) {
    deletedTagId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TagDeleteMutation, TagDeleteMutationVariables>;
export const ManufacturerCreateDocument = new TypedDocumentString(`
    mutation ManufacturerCreate($input: ManufacturerCreateInput!) {
  manufacturerCreate(input: $input) {
    manufacturer {
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
    `) as unknown as TypedDocumentString<ManufacturerCreateMutation, ManufacturerCreateMutationVariables>;
export const ManufacturerUpdateDocument = new TypedDocumentString(`
    mutation ManufacturerUpdate($input: ManufacturerUpdateInput!) {
  manufacturerUpdate(input: $input) {
    manufacturer {
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
    `) as unknown as TypedDocumentString<ManufacturerUpdateMutation, ManufacturerUpdateMutationVariables>;
export const ManufacturerDeleteDocument = new TypedDocumentString(`
    mutation ManufacturerDelete($input: ManufacturerDeleteInput!) {
  manufacturerDelete(input: $input) {
    deletedManufacturerId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ManufacturerDeleteMutation, ManufacturerDeleteMutationVariables>;
export const HubPriceLevelsDocument = new TypedDocumentString(`
    query HubPriceLevels {
  priceLevels {
    id
    code
    name
    currencyCode
    isDefault
  }
}
    `) as unknown as TypedDocumentString<HubPriceLevelsQuery, HubPriceLevelsQueryVariables>;
export const HubPriceLevelCreateDocument = new TypedDocumentString(`
    mutation HubPriceLevelCreate($input: PriceLevelCreateInput!) {
  priceLevelCreate(input: $input) {
    priceLevel {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubPriceLevelCreateMutation, HubPriceLevelCreateMutationVariables>;
export const HubPriceLevelUpdateDocument = new TypedDocumentString(`
    mutation HubPriceLevelUpdate($input: PriceLevelUpdateInput!) {
  priceLevelUpdate(input: $input) {
    priceLevel {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubPriceLevelUpdateMutation, HubPriceLevelUpdateMutationVariables>;
export const HubStorageLocationsDocument = new TypedDocumentString(`
    query HubStorageLocations {
  storageLocations {
    id
    code
    name
    isDefault
    defaultShippingCost {
      amount
      currencyCode
    }
  }
}
    `) as unknown as TypedDocumentString<HubStorageLocationsQuery, HubStorageLocationsQueryVariables>;
export const HubStorageLocationCreateDocument = new TypedDocumentString(`
    mutation HubStorageLocationCreate($input: StorageLocationCreateInput!) {
  storageLocationCreate(input: $input) {
    storageLocation {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubStorageLocationCreateMutation, HubStorageLocationCreateMutationVariables>;
export const HubStorageLocationUpdateDocument = new TypedDocumentString(`
    mutation HubStorageLocationUpdate($input: StorageLocationUpdateInput!) {
  storageLocationUpdate(input: $input) {
    storageLocation {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubStorageLocationUpdateMutation, HubStorageLocationUpdateMutationVariables>;
export const HubProductLevelsAndLocationsDocument = new TypedDocumentString(`
    query HubProductLevelsAndLocations {
  priceLevels {
    id
    code
    name
    currencyCode
    isDefault
  }
  storageLocations {
    id
    code
    name
    isDefault
  }
}
    `) as unknown as TypedDocumentString<HubProductLevelsAndLocationsQuery, HubProductLevelsAndLocationsQueryVariables>;
export const HubProductGridsDocument = new TypedDocumentString(`
    query HubProductGrids($id: ID!) {
  product(id: $id) {
    id
    prices {
      amount {
        amount
      }
      priceLevel {
        id
      }
    }
    stockLevels {
      quantity
      storageLocation {
        id
      }
    }
  }
  priceLevels {
    id
  }
  storageLocations {
    id
  }
}
    `) as unknown as TypedDocumentString<HubProductGridsQuery, HubProductGridsQueryVariables>;
export const HubProductPricesSetDocument = new TypedDocumentString(`
    mutation HubProductPricesSet($input: ProductPricesSetInput!) {
  productPricesSet(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubProductPricesSetMutation, HubProductPricesSetMutationVariables>;
export const HubStockLevelsSetDocument = new TypedDocumentString(`
    mutation HubStockLevelsSet($input: StockLevelsSetInput!) {
  stockLevelsSet(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubStockLevelsSetMutation, HubStockLevelsSetMutationVariables>;
export const HubCatalogImportPreviewDocument = new TypedDocumentString(`
    mutation HubCatalogImportPreview($input: CatalogImportPreviewInput!) {
  catalogImportPreview(input: $input) {
    preview {
      lineCount
      createCount
      updateCount
      unchangedCount
      invalidCount
      priceLevels {
        code
        name
      }
      storageLocations {
        code
        name
      }
      errors {
        line
        reference
        column
        value
        code
        message
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubCatalogImportPreviewMutation, HubCatalogImportPreviewMutationVariables>;
export const HubCatalogImportStartDocument = new TypedDocumentString(`
    mutation HubCatalogImportStart($input: CatalogImportStartInput!) {
  catalogImportStart(input: $input) {
    task {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubCatalogImportStartMutation, HubCatalogImportStartMutationVariables>;
export const HubExplainCandidatesDocument = new TypedDocumentString(`
    query HubExplainCandidates($customerQuery: String, $productQuery: String, $withCustomers: Boolean!, $withProducts: Boolean!) {
  customers(query: $customerQuery, first: 8) @include(if: $withCustomers) {
    edges {
      node {
        id
        name
        customerNumber
      }
    }
  }
  products(query: $productQuery, first: 8) @include(if: $withProducts) {
    edges {
      node {
        id
        reference
        barcode
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubExplainCandidatesQuery, HubExplainCandidatesQueryVariables>;
export const HubExplainDocument = new TypedDocumentString(`
    query HubExplain($customerId: ID!, $productId: ID!) {
  productVisibilityExplain(customerId: $customerId, productId: $productId) {
    visible
    orderable
    reasons {
      rule
      message
    }
  }
  customer(id: $customerId) {
    id
    name
    customerNumber
    priceLevel {
      name
    }
  }
  product(id: $productId) {
    id
    reference
    name
    prices {
      priceLevel {
        id
        name
        isDefault
      }
      amount {
        amount
        currencyCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubExplainQuery, HubExplainQueryVariables>;
export const StoreCatalogDocument = new TypedDocumentString(`
    query StoreCatalog($first: Int, $after: String, $last: Int, $before: String, $query: String, $sort: ProductSort, $brandIds: [ID!], $seasonIds: [ID!], $tagIds: [ID!], $manufacturerIds: [ID!]) {
  products(
    first: $first
    after: $after
    last: $last
    before: $before
    query: $query
    sort: $sort
    brandIds: $brandIds
    seasonIds: $seasonIds
    tagIds: $tagIds
    manufacturerIds: $manufacturerIds
  ) {
    totalCount
    edges {
      node {
        ...StoreProductCard
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
  productFacets(
    query: $query
    brandIds: $brandIds
    seasonIds: $seasonIds
    tagIds: $tagIds
    manufacturerIds: $manufacturerIds
  ) {
    brands {
      id
      name
      count
    }
    seasons {
      id
      name
      count
    }
    tags {
      id
      name
      count
    }
    manufacturers {
      id
      name
      count
    }
  }
}
    fragment StoreProductCard on Product {
  id
  name
  reference
  barcode
  unit
  packSize
  quantityRules {
    minimum
    maximum
    increment
  }
  orderable
  stock
  imageUrl
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
}`) as unknown as TypedDocumentString<StoreCatalogQuery, StoreCatalogQueryVariables>;
export const StoreProductDocument = new TypedDocumentString(`
    query StoreProduct($id: ID!) {
  product(id: $id) {
    ...StoreProductCard
    description
    season {
      name
    }
    manufacturer {
      name
    }
  }
}
    fragment StoreProductCard on Product {
  id
  name
  reference
  barcode
  unit
  packSize
  quantityRules {
    minimum
    maximum
    increment
  }
  orderable
  stock
  imageUrl
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
}`) as unknown as TypedDocumentString<StoreProductQuery, StoreProductQueryVariables>;
export const ProductPackSizeDocument = new TypedDocumentString(`
    query ProductPackSize($id: ID!) {
  product(id: $id) {
    id
    packSize
    quantityRules {
      minimum
      increment
    }
  }
}
    `) as unknown as TypedDocumentString<ProductPackSizeQuery, ProductPackSizeQueryVariables>;
export const StoreSearchSuggestionsDocument = new TypedDocumentString(`
    query StoreSearchSuggestions($query: String!) {
  products(first: 6, query: $query) {
    edges {
      node {
        id
        name
        reference
        price {
          amount
          currencyCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoreSearchSuggestionsQuery, StoreSearchSuggestionsQueryVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int!, $after: String, $query: String, $status: CustomerStatus, $priceLevelId: ID, $language: Language, $accessStatus: StoreAccessStatus) {
  customers(
    first: $first
    after: $after
    query: $query
    status: $status
    priceLevelId: $priceLevelId
    language: $language
    accessStatus: $accessStatus
  ) {
    totalCount
    edges {
      node {
        id
        name
        customerNumber
        documentLanguage
        status
        accessCount
        lastAccessAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  priceLevels {
    id
    name
    code
    isDefault
  }
}
    `) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerSearchDocument = new TypedDocumentString(`
    query CustomerSearch($query: String!) {
  customers(first: 20, query: $query) {
    edges {
      node {
        id
        name
        customerNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerSearchQuery, CustomerSearchQueryVariables>;
export const CustomersByIdDocument = new TypedDocumentString(`
    query CustomersById($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Customer {
      id
      name
      customerNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersByIdQuery, CustomersByIdQueryVariables>;
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
    vatNumber
    taxExemption
    taxExemptionMention
    createdAt
    accessCount
    pendingAccessCount
    lastAccessAt
    priceLevel {
      id
      name
    }
    storageLocation {
      id
      name
    }
    contacts {
      id
      name
      email
      phone
      position
    }
    deliverySites {
      id
      name
      street
      postalCode
      city
      country
    }
    visibility {
      tags {
        id
        name
      }
      seasons {
        id
        name
      }
      brands {
        id
        name
      }
      manufacturers {
        id
        name
      }
    }
    emailAccesses {
      email
      status
      phone
      storeAccess {
        id
        grantedAt
        lastAccessAt
        language
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
export const VisibilityOptionsDocument = new TypedDocumentString(`
    query VisibilityOptions {
  tags {
    id
    name
  }
  seasons {
    id
    name
  }
  brands {
    id
    name
  }
  manufacturers {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<VisibilityOptionsQuery, VisibilityOptionsQueryVariables>;
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
export const CustomerUpdateDocument = new TypedDocumentString(`
    mutation CustomerUpdate($input: CustomerUpdateInput!) {
  customerUpdate(input: $input) {
    customer {
      id
      customerNumber
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerUpdateMutation, CustomerUpdateMutationVariables>;
export const CustomerExcludeDocument = new TypedDocumentString(`
    mutation CustomerExclude($input: CustomerExcludeInput!) {
  customerExclude(input: $input) {
    customer {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerExcludeMutation, CustomerExcludeMutationVariables>;
export const CustomerExclusionLiftDocument = new TypedDocumentString(`
    mutation CustomerExclusionLift($input: CustomerExclusionLiftInput!) {
  customerExclusionLift(input: $input) {
    customer {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerExclusionLiftMutation, CustomerExclusionLiftMutationVariables>;
export const StoreAccessGrantDocument = new TypedDocumentString(`
    mutation StoreAccessGrant($input: StoreAccessGrantInput!) {
  storeAccessGrant(input: $input) {
    storeAccess {
      id
      email
      status
    }
    temporaryPassword
    whatsAppUrl
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessGrantMutation, StoreAccessGrantMutationVariables>;
export const StoreAccessRegeneratePasswordDocument = new TypedDocumentString(`
    mutation StoreAccessRegeneratePassword($input: StoreAccessRegeneratePasswordInput!) {
  storeAccessRegeneratePassword(input: $input) {
    storeAccess {
      id
      email
      status
    }
    temporaryPassword
    whatsAppUrl
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessRegeneratePasswordMutation, StoreAccessRegeneratePasswordMutationVariables>;
export const StoreAccessBlockDocument = new TypedDocumentString(`
    mutation StoreAccessBlock($input: StoreAccessIdInput!) {
  storeAccessBlock(input: $input) {
    storeAccess {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessBlockMutation, StoreAccessBlockMutationVariables>;
export const StoreAccessUnblockDocument = new TypedDocumentString(`
    mutation StoreAccessUnblock($input: StoreAccessIdInput!) {
  storeAccessUnblock(input: $input) {
    storeAccess {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessUnblockMutation, StoreAccessUnblockMutationVariables>;
export const StoreAccessBulkGrantDocument = new TypedDocumentString(`
    mutation StoreAccessBulkGrant($input: StoreAccessBulkGrantInput!) {
  storeAccessBulkGrant(input: $input) {
    task {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessBulkGrantMutation, StoreAccessBulkGrantMutationVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  task(id: $id) {
    id
    kind
    status
    total
    processed
    succeeded
    progress
    interrupted
    error
    createdAt
    finishedAt
    skipped {
      id
      label
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const StoreAccessLanguageUpdateDocument = new TypedDocumentString(`
    mutation StoreAccessLanguageUpdate($input: StoreAccessLanguageUpdateInput!) {
  storeAccessLanguageUpdate(input: $input) {
    storeAccess {
      id
      language
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreAccessLanguageUpdateMutation, StoreAccessLanguageUpdateMutationVariables>;
export const DocumentSettingsDocument = new TypedDocumentString(`
    query DocumentSettings {
  viewer {
    staff {
      role
    }
  }
  storeSettings {
    storeName
    legalName
    legalAddress
    vatNumber
    companyRegistration
    iban
    bic
    paymentTerms
    documentFooter
    hasLogo
    attachPdfToEmails
    attachDeliveryNoteToEmails
  }
}
    `) as unknown as TypedDocumentString<DocumentSettingsQuery, DocumentSettingsQueryVariables>;
export const DocumentSettingsUpdateDocument = new TypedDocumentString(`
    mutation DocumentSettingsUpdate($input: StoreSettingsUpdateInput!) {
  storeSettingsUpdate(input: $input) {
    storeSettings {
      legalName
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentSettingsUpdateMutation, DocumentSettingsUpdateMutationVariables>;
export const HubQuotesDocument = new TypedDocumentString(`
    query HubQuotes($first: Int, $after: String, $status: QuoteStatus, $customerSearch: String) {
  quotes(
    first: $first
    after: $after
    status: $status
    customerSearch: $customerSearch
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        number
        status
        createdAt
        expiresOn
        lineCount
        total {
          amount
          currencyCode
        }
        customer {
          id
          name
          customerNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubQuotesQuery, HubQuotesQueryVariables>;
export const HubQuoteDocument = new TypedDocumentString(`
    query HubQuote($id: ID!) {
  quote(id: $id) {
    id
    number
    status
    createdAt
    sentAt
    answeredAt
    expiresOn
    buyerMessage
    staffMessage
    currencyCode
    total {
      amount
      currencyCode
    }
    customer {
      id
      name
      customerNumber
    }
    order {
      id
      number
    }
    lines {
      id
      reference
      name
      quantity
      discountPercent
      listPrice {
        amount
        currencyCode
      }
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    thread {
      id
      kind
      message
      fromStaff
      authorName
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<HubQuoteQuery, HubQuoteQueryVariables>;
export const HubQuoteProductSearchDocument = new TypedDocumentString(`
    query HubQuoteProductSearch($query: String!) {
  products(first: 5, query: $query, active: true) {
    edges {
      node {
        id
        reference
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubQuoteProductSearchQuery, HubQuoteProductSearchQueryVariables>;
export const HubQuoteUpdateDocument = new TypedDocumentString(`
    mutation HubQuoteUpdate($input: QuoteUpdateInput!) {
  quoteUpdate(input: $input) {
    quote {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubQuoteUpdateMutation, HubQuoteUpdateMutationVariables>;
export const HubQuoteSendDocument = new TypedDocumentString(`
    mutation HubQuoteSend($input: QuoteSendInput!) {
  quoteSend(input: $input) {
    quote {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubQuoteSendMutation, HubQuoteSendMutationVariables>;
export const HubQuoteCommentDocument = new TypedDocumentString(`
    mutation HubQuoteComment($input: QuoteCommentInput!) {
  quoteComment(input: $input) {
    quote {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubQuoteCommentMutation, HubQuoteCommentMutationVariables>;
export const OutboxEmailsDocument = new TypedDocumentString(`
    query OutboxEmails($first: Int!, $after: String, $status: EmailStatus) {
  outboxEmails(first: $first, after: $after, status: $status) {
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
      attachments {
        position
        fileName
        state
        size
        error
        downloadUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxEmailQuery, OutboxEmailQueryVariables>;
export const OutboxEmailResendDocument = new TypedDocumentString(`
    mutation OutboxEmailResend($input: OutboxEmailResendInput!) {
  outboxEmailResend(input: $input) {
    outboxEmail {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxEmailResendMutation, OutboxEmailResendMutationVariables>;
export const OutboxEmailsResendFailedDocument = new TypedDocumentString(`
    mutation OutboxEmailsResendFailed {
  outboxEmailsResendFailed {
    count
  }
}
    `) as unknown as TypedDocumentString<OutboxEmailsResendFailedMutation, OutboxEmailsResendFailedMutationVariables>;
export const HubBellDocument = new TypedDocumentString(`
    query HubBell {
  hubNotifications {
    total
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<HubBellQuery, HubBellQueryVariables>;
export const HubNotificationsDocument = new TypedDocumentString(`
    query HubNotifications {
  hubNotifications {
    total
    pendingApprovalCount
    registrationRequestCount
    submittedOrderCount
    unreadCount
    unreadOrderCount
    unreadApprovalCount
    unreadRegistrationCount
    requestedQuoteCount
    unreadQuoteCount
    requestedQuotes {
      id
      number
      createdAt
      customer {
        id
        name
      }
    }
    submittedOrders {
      id
      number
      placedAt
      total {
        amount
        currencyCode
      }
      customer {
        id
        name
      }
    }
    pendingApprovals {
      id
      email
      grantedAt
      customer {
        id
        name
      }
    }
    registrationRequests {
      id
      companyName
      contactName
      email
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<HubNotificationsQuery, HubNotificationsQueryVariables>;
export const StoreAccessApproveDocument = new TypedDocumentString(`
    mutation StoreAccessApprove($input: StoreAccessIdInput!) {
  storeAccessApprove(input: $input) {
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
    `) as unknown as TypedDocumentString<StoreAccessApproveMutation, StoreAccessApproveMutationVariables>;
export const HubNotificationsMarkReadDocument = new TypedDocumentString(`
    mutation HubNotificationsMarkRead($input: HubNotificationsMarkReadInput!) {
  hubNotificationsMarkRead(input: $input) {
    hubNotifications {
      unreadCount
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubNotificationsMarkReadMutation, HubNotificationsMarkReadMutationVariables>;
export const OrderListsDocument = new TypedDocumentString(`
    query OrderLists($first: Int, $after: String) {
  orderLists(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        lineCount
        published
        editable
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListsQuery, OrderListsQueryVariables>;
export const OrderListDocument = new TypedDocumentString(`
    query OrderList($id: ID!) {
  orderList(id: $id) {
    id
    name
    published
    editable
    lineCount
    lines {
      id
      quantity
      position
      available
      product {
        id
        name
        reference
        barcode
        unit
        packSize
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListQuery, OrderListQueryVariables>;
export const OrderListCsvDocument = new TypedDocumentString(`
    query OrderListCsv($id: ID!) {
  orderList(id: $id) {
    id
    name
    csv
  }
}
    `) as unknown as TypedDocumentString<OrderListCsvQuery, OrderListCsvQueryVariables>;
export const HubOrderListDocument = new TypedDocumentString(`
    query HubOrderList($id: ID!) {
  orderList(id: $id) {
    id
    name
    lineCount
    publishedTo {
      id
      name
      customerNumber
    }
    lines {
      id
      quantity
      product {
        id
        name
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubOrderListQuery, HubOrderListQueryVariables>;
export const OrderListCreateDocument = new TypedDocumentString(`
    mutation OrderListCreate($input: OrderListCreateInput!) {
  orderListCreate(input: $input) {
    orderList {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListCreateMutation, OrderListCreateMutationVariables>;
export const OrderListUpdateDocument = new TypedDocumentString(`
    mutation OrderListUpdate($input: OrderListUpdateInput!) {
  orderListUpdate(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListUpdateMutation, OrderListUpdateMutationVariables>;
export const OrderListDeleteDocument = new TypedDocumentString(`
    mutation OrderListDelete($input: OrderListIdInput!) {
  orderListDelete(input: $input) {
    deletedOrderListId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListDeleteMutation, OrderListDeleteMutationVariables>;
export const OrderListCopyDocument = new TypedDocumentString(`
    mutation OrderListCopy($input: OrderListCopyInput!) {
  orderListCopy(input: $input) {
    orderList {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListCopyMutation, OrderListCopyMutationVariables>;
export const OrderListLinesAddDocument = new TypedDocumentString(`
    mutation OrderListLinesAdd($input: OrderListLinesAddInput!) {
  orderListLinesAdd(input: $input) {
    orderList {
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
    `) as unknown as TypedDocumentString<OrderListLinesAddMutation, OrderListLinesAddMutationVariables>;
export const OrderListLinesUpdateDocument = new TypedDocumentString(`
    mutation OrderListLinesUpdate($input: OrderListLinesUpdateInput!) {
  orderListLinesUpdate(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListLinesUpdateMutation, OrderListLinesUpdateMutationVariables>;
export const OrderListLinesReorderDocument = new TypedDocumentString(`
    mutation OrderListLinesReorder($input: OrderListLinesReorderInput!) {
  orderListLinesReorder(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListLinesReorderMutation, OrderListLinesReorderMutationVariables>;
export const OrderListLinesImportDocument = new TypedDocumentString(`
    mutation OrderListLinesImport($input: OrderListLinesImportInput!) {
  orderListLinesImport(input: $input) {
    addedLineCount
    problems {
      line
      code
      message
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListLinesImportMutation, OrderListLinesImportMutationVariables>;
export const OrderListCartAddDocument = new TypedDocumentString(`
    mutation OrderListCartAdd($input: OrderListCartAddInput!) {
  orderListCartAdd(input: $input) {
    addedLineCount
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListCartAddMutation, OrderListCartAddMutationVariables>;
export const OrderListPublishDocument = new TypedDocumentString(`
    mutation OrderListPublish($input: OrderListPublishInput!) {
  orderListPublish(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderListPublishMutation, OrderListPublishMutationVariables>;
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
    shippingCost {
      amount
      currencyCode
    }
    taxComputed
    totalExcludingTax {
      amount
      currencyCode
    }
    taxLines {
      name
      rate
      base {
        amount
        currencyCode
      }
      amount {
        amount
        currencyCode
      }
    }
    totalIncludingTax {
      amount
      currencyCode
    }
    taxExemption
    taxExemptionMention
  }
}
    `) as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const CartSuggestionsDocument = new TypedDocumentString(`
    query CartSuggestions($query: String!) {
  products(first: 8, query: $query) {
    edges {
      node {
        id
        name
        reference
        unit
        packSize
        orderable
        price {
          amount
          currencyCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CartSuggestionsQuery, CartSuggestionsQueryVariables>;
export const CartLinesImportDocument = new TypedDocumentString(`
    mutation CartLinesImport($input: CartLinesImportInput!) {
  cartLinesImport(input: $input) {
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
    `) as unknown as TypedDocumentString<CartLinesImportMutation, CartLinesImportMutationVariables>;
export const CheckoutDocument = new TypedDocumentString(`
    query Checkout {
  cart {
    id
    lines {
      id
      quantity
      product {
        id
        name
        reference
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
    taxComputed
    totalExcludingTax {
      amount
      currencyCode
    }
    taxLines {
      name
      rate
      base {
        amount
        currencyCode
      }
      amount {
        amount
        currencyCode
      }
    }
    totalIncludingTax {
      amount
      currencyCode
    }
    taxExemption
    taxExemptionMention
    deliverySites {
      id
      name
      street
      postalCode
      city
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutQuery, CheckoutQueryVariables>;
export const ShopUserCustomersDocument = new TypedDocumentString(`
    query ShopUserCustomers {
  shopUserCustomers {
    id
    name
    customerNumber
  }
}
    `) as unknown as TypedDocumentString<ShopUserCustomersQuery, ShopUserCustomersQueryVariables>;
export const ShopUserCustomerSwitchDocument = new TypedDocumentString(`
    mutation ShopUserCustomerSwitch($input: ShopUserCustomerSwitchInput!) {
  shopUserCustomerSwitch(input: $input) {
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
    `) as unknown as TypedDocumentString<ShopUserCustomerSwitchMutation, ShopUserCustomerSwitchMutationVariables>;
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
    query Orders($first: Int!, $after: String, $status: OrderStatus, $search: String) {
  orders(first: $first, after: $after, status: $status, search: $search) {
    edges {
      node {
        id
        number
        externalReference
        kind
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
    query HubOrders($first: Int!, $after: String, $status: OrderStatus, $customerSearch: String, $placedFrom: DateTimeISO, $placedBefore: DateTimeISO, $search: String, $acknowledged: Boolean) {
  orders(
    first: $first
    after: $after
    status: $status
    customerSearch: $customerSearch
    placedFrom: $placedFrom
    placedBefore: $placedBefore
    search: $search
    acknowledged: $acknowledged
  ) {
    edges {
      node {
        id
        number
        externalReference
        kind
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
    ...OrderDetails
  }
}
    fragment OrderDetails on Order {
  id
  number
  kind
  status
  placedAt
  orderDate
  requestedDeliveryDate
  purchaseOrderReference
  externalReference
  notes
  placedBy {
    email
  }
  placedOnBehalfBy
  deliverySite {
    id
    name
    street
    postalCode
    city
    country
  }
  documents {
    id
    fileName
    contentType
    size
    url
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
  taxComputed
  totalExcludingTax {
    amount
    currencyCode
  }
  taxLines {
    name
    rate
    base {
      amount
      currencyCode
    }
    amount {
      amount
      currencyCode
    }
  }
  totalIncludingTax {
    amount
    currencyCode
  }
  taxExemption
  taxExemptionMention
  shippingTaxRateName
  timeline {
    kind
    at
    fromStatus
    toStatus
    reason
    externalReference
    previousExternalReference
    actorKind
    actorName
    shippingCost {
      amount
      currencyCode
    }
    previousShippingCost {
      amount
      currencyCode
    }
  }
}`) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const HubOrderDocument = new TypedDocumentString(`
    query HubOrder($id: ID!) {
  order(id: $id) {
    ...OrderDetails
    customer {
      id
      name
      customerNumber
    }
    placedByStaff {
      name
      email
    }
  }
}
    fragment OrderDetails on Order {
  id
  number
  kind
  status
  placedAt
  orderDate
  requestedDeliveryDate
  purchaseOrderReference
  externalReference
  notes
  placedBy {
    email
  }
  placedOnBehalfBy
  deliverySite {
    id
    name
    street
    postalCode
    city
    country
  }
  documents {
    id
    fileName
    contentType
    size
    url
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
  taxComputed
  totalExcludingTax {
    amount
    currencyCode
  }
  taxLines {
    name
    rate
    base {
      amount
      currencyCode
    }
    amount {
      amount
      currencyCode
    }
  }
  totalIncludingTax {
    amount
    currencyCode
  }
  taxExemption
  taxExemptionMention
  shippingTaxRateName
  timeline {
    kind
    at
    fromStatus
    toStatus
    reason
    externalReference
    previousExternalReference
    actorKind
    actorName
    shippingCost {
      amount
      currencyCode
    }
    previousShippingCost {
      amount
      currencyCode
    }
  }
}`) as unknown as TypedDocumentString<HubOrderQuery, HubOrderQueryVariables>;
export const OrderingViewerDocument = new TypedDocumentString(`
    query OrderingViewer {
  viewer {
    kind
    viewingAsClient
  }
}
    `) as unknown as TypedDocumentString<OrderingViewerQuery, OrderingViewerQueryVariables>;
export const OrderValidateDocument = new TypedDocumentString(`
    mutation OrderValidate($input: OrderStatusChangeInput!) {
  orderValidate(input: $input) {
    order {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderValidateMutation, OrderValidateMutationVariables>;
export const OrderRejectDocument = new TypedDocumentString(`
    mutation OrderReject($input: OrderRejectInput!) {
  orderReject(input: $input) {
    order {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderRejectMutation, OrderRejectMutationVariables>;
export const OrderShipDocument = new TypedDocumentString(`
    mutation OrderShip($input: OrderStatusChangeInput!) {
  orderShip(input: $input) {
    order {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderShipMutation, OrderShipMutationVariables>;
export const OrderDeliverDocument = new TypedDocumentString(`
    mutation OrderDeliver($input: OrderStatusChangeInput!) {
  orderDeliver(input: $input) {
    order {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderDeliverMutation, OrderDeliverMutationVariables>;
export const OrderCancelDocument = new TypedDocumentString(`
    mutation OrderCancel($input: OrderStatusChangeInput!) {
  orderCancel(input: $input) {
    order {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderCancelMutation, OrderCancelMutationVariables>;
export const OrderShippingCostUpdateDocument = new TypedDocumentString(`
    mutation OrderShippingCostUpdate($input: OrderShippingCostUpdateInput!) {
  orderShippingCostUpdate(input: $input) {
    order {
      id
      total {
        amount
        currencyCode
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderShippingCostUpdateMutation, OrderShippingCostUpdateMutationVariables>;
export const OrderReorderDocument = new TypedDocumentString(`
    mutation OrderReorder($input: OrderReorderInput!) {
  orderReorder(input: $input) {
    addedLineCount
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrderReorderMutation, OrderReorderMutationVariables>;
export const HubDashboardDocument = new TypedDocumentString(`
    query HubDashboard($days: Int!) {
  hubDashboard(days: $days) {
    days
    submittedOrderCount
    pendingApprovalCount
    registrationRequestCount
    failedEmailCount
    today {
      from
      to
      orderCount
      value {
        amount
        currencyCode
      }
    }
    yesterday {
      orderCount
      value {
        amount
        currencyCode
      }
    }
    week {
      from
      to
      orderCount
      value {
        amount
        currencyCode
      }
    }
    previousWeek {
      orderCount
      value {
        amount
        currencyCode
      }
    }
    series {
      day
      orderCount
      value {
        amount
        currencyCode
      }
    }
    topCustomers {
      customerId
      customerNumber
      name
      orderCount
      value {
        amount
        currencyCode
      }
    }
    topProducts {
      productId
      reference
      name
      quantity
      value {
        amount
        currencyCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubDashboardQuery, HubDashboardQueryVariables>;
export const CustomerOrdersDocument = new TypedDocumentString(`
    query CustomerOrders($id: ID!) {
  customer(id: $id) {
    id
    orderSummary {
      orderCount12Months
      value12Months {
        amount
        currencyCode
      }
      orderCount
      lastOrderAt
    }
  }
  orders(customerId: $id, first: 5) {
    edges {
      node {
        id
        number
        externalReference
        kind
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
  }
}
    `) as unknown as TypedDocumentString<CustomerOrdersQuery, CustomerOrdersQueryVariables>;
export const CartScanDocument = new TypedDocumentString(`
    mutation CartScan($input: CartLinesImportInput!) {
  cartLinesImport(input: $input) {
    addedProductCount
    cart {
      id
      lines {
        id
        quantity
        product {
          id
          name
          barcode
          packSize
        }
      }
    }
    problems {
      code
      reason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartScanMutation, CartScanMutationVariables>;
export const ProductFormOptionsDocument = new TypedDocumentString(`
    query ProductFormOptions {
  brands {
    id
    name
  }
  seasons {
    id
    name
  }
  manufacturers {
    id
    name
  }
  tags {
    id
    name
  }
  taxRates {
    id
    name
    isDefault
  }
}
    `) as unknown as TypedDocumentString<ProductFormOptionsQuery, ProductFormOptionsQueryVariables>;
export const HubProductDocument = new TypedDocumentString(`
    query HubProduct($id: ID!) {
  storeSettings {
    catalogLanguage
  }
  product(id: $id) {
    id
    reference
    barcode
    name
    description
    translations {
      language
      name
      description
    }
    unit
    packSize
    active
    imageUrl
    taxRate {
      id
    }
    taxRateIsDefault
    brand {
      id
    }
    season {
      id
    }
    manufacturer {
      id
    }
    tags {
      id
    }
    prices {
      amount {
        amount
        currencyCode
      }
      priceLevel {
        id
        name
        code
        currencyCode
      }
    }
    stockLevels {
      quantity
      storageLocation {
        id
        name
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HubProductQuery, HubProductQueryVariables>;
export const ProductCreateDocument = new TypedDocumentString(`
    mutation ProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProductCreateMutation, ProductCreateMutationVariables>;
export const ProductUpdateDocument = new TypedDocumentString(`
    mutation ProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProductUpdateMutation, ProductUpdateMutationVariables>;
export const RegistrationRequestSubmitDocument = new TypedDocumentString(`
    mutation RegistrationRequestSubmit($input: RegistrationRequestSubmitInput!) {
  registrationRequestSubmit(input: $input) {
    received
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationRequestSubmitMutation, RegistrationRequestSubmitMutationVariables>;
export const RegistrationSettingsDocument = new TypedDocumentString(`
    query RegistrationSettings {
  viewer {
    language
  }
  storeSettings {
    storeName
    selfRegistrationEnabled
  }
}
    `) as unknown as TypedDocumentString<RegistrationSettingsQuery, RegistrationSettingsQueryVariables>;
export const RegistrationRequestsDocument = new TypedDocumentString(`
    query RegistrationRequests($first: Int!, $after: String, $status: RegistrationStatus) {
  registrationRequests(first: $first, after: $after, status: $status) {
    edges {
      node {
        id
        companyName
        contactName
        email
        language
        status
        previouslyRefused
        createdAt
        decidedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationRequestsQuery, RegistrationRequestsQueryVariables>;
export const RegistrationRequestDocument = new TypedDocumentString(`
    query RegistrationRequest($id: ID!) {
  registrationRequest(id: $id) {
    id
    companyName
    contactName
    email
    phone
    address
    vatNumber
    message
    language
    status
    previouslyRefused
    createdAt
    decidedAt
    refusalReason
    customer {
      id
      name
      customerNumber
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationRequestQuery, RegistrationRequestQueryVariables>;
export const RegistrationRequestApproveDocument = new TypedDocumentString(`
    mutation RegistrationRequestApprove($input: RegistrationRequestApproveInput!) {
  registrationRequestApprove(input: $input) {
    registrationRequest {
      id
      status
    }
    storeAccess {
      id
      email
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationRequestApproveMutation, RegistrationRequestApproveMutationVariables>;
export const RegistrationRequestRefuseDocument = new TypedDocumentString(`
    mutation RegistrationRequestRefuse($input: RegistrationRequestRefuseInput!) {
  registrationRequestRefuse(input: $input) {
    registrationRequest {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationRequestRefuseMutation, RegistrationRequestRefuseMutationVariables>;
export const StoreQuotesDocument = new TypedDocumentString(`
    query StoreQuotes($first: Int, $after: String) {
  quotes(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        number
        status
        createdAt
        expiresOn
        lineCount
        total {
          amount
          currencyCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoreQuotesQuery, StoreQuotesQueryVariables>;
export const StoreQuoteDocument = new TypedDocumentString(`
    query StoreQuote($id: ID!) {
  quote(id: $id) {
    id
    number
    status
    createdAt
    sentAt
    answeredAt
    expiresOn
    staffMessage
    lineCount
    total {
      amount
      currencyCode
    }
    order {
      id
      number
    }
    lines {
      id
      reference
      name
      quantity
      discountPercent
      listPrice {
        amount
        currencyCode
      }
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    thread {
      id
      kind
      message
      fromStaff
      authorName
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<StoreQuoteQuery, StoreQuoteQueryVariables>;
export const StoreQuoteRequestDocument = new TypedDocumentString(`
    mutation StoreQuoteRequest($input: QuoteRequestInput!) {
  quoteRequest(input: $input) {
    quote {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreQuoteRequestMutation, StoreQuoteRequestMutationVariables>;
export const StoreQuoteAcceptDocument = new TypedDocumentString(`
    mutation StoreQuoteAccept($input: QuoteAcceptInput!) {
  quoteAccept(input: $input) {
    order {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreQuoteAcceptMutation, StoreQuoteAcceptMutationVariables>;
export const StoreQuoteDeclineDocument = new TypedDocumentString(`
    mutation StoreQuoteDecline($input: QuoteDeclineInput!) {
  quoteDecline(input: $input) {
    quote {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreQuoteDeclineMutation, StoreQuoteDeclineMutationVariables>;
export const StoreQuoteCommentDocument = new TypedDocumentString(`
    mutation StoreQuoteComment($input: QuoteCommentInput!) {
  quoteComment(input: $input) {
    quote {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StoreQuoteCommentMutation, StoreQuoteCommentMutationVariables>;
export const StoreUsersDocument = new TypedDocumentString(`
    query StoreUsers($first: Int!, $after: String, $search: String, $status: StoreAccessStatus, $customerId: ID, $language: Language, $lastAccessBefore: DateTimeISO, $lastAccessAfter: DateTimeISO) {
  storeUsers(
    first: $first
    after: $after
    search: $search
    status: $status
    customerId: $customerId
    language: $language
    lastAccessBefore: $lastAccessBefore
    lastAccessAfter: $lastAccessAfter
  ) {
    totalCount
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
          lastAccessAt
          customer {
            id
            name
            customerNumber
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StoreUsersQuery, StoreUsersQueryVariables>;
export const HubTaxRatesDocument = new TypedDocumentString(`
    query HubTaxRates {
  viewer {
    staff {
      role
    }
  }
  taxRates {
    id
    name
    percentage
    isDefault
  }
}
    `) as unknown as TypedDocumentString<HubTaxRatesQuery, HubTaxRatesQueryVariables>;
export const HubTaxRateCreateDocument = new TypedDocumentString(`
    mutation HubTaxRateCreate($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) {
    taxRate {
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
    `) as unknown as TypedDocumentString<HubTaxRateCreateMutation, HubTaxRateCreateMutationVariables>;
export const HubTaxRateUpdateDocument = new TypedDocumentString(`
    mutation HubTaxRateUpdate($input: TaxRateUpdateInput!) {
  taxRateUpdate(input: $input) {
    taxRate {
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
    `) as unknown as TypedDocumentString<HubTaxRateUpdateMutation, HubTaxRateUpdateMutationVariables>;
export const HubTaxRateDeleteDocument = new TypedDocumentString(`
    mutation HubTaxRateDelete($input: TaxRateDeleteInput!) {
  taxRateDelete(input: $input) {
    deletedTaxRateId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HubTaxRateDeleteMutation, HubTaxRateDeleteMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints(first: 50) {
    edges {
      node {
        id
        url
        description
        events
        active
        failingSince
        autoDisabledAt
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($id: ID!, $after: String) {
  node(id: $id) {
    ... on WebhookEndpoint {
      id
      deliveries(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            webhookId
            eventType
            status
            responseStatus
            durationMs
            attempts
            nextAttemptAt
            deliveredAt
            lastError
            createdAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    webhookEndpoint {
      id
      url
    }
    secret
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointCreateMutation, WebhookEndpointCreateMutationVariables>;
export const WebhookEndpointUpdateDocument = new TypedDocumentString(`
    mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
  webhookEndpointUpdate(input: $input) {
    webhookEndpoint {
      id
      url
      active
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointUpdateMutation, WebhookEndpointUpdateMutationVariables>;
export const WebhookEndpointRotateSecretDocument = new TypedDocumentString(`
    mutation WebhookEndpointRotateSecret($input: WebhookEndpointIdInput!) {
  webhookEndpointRotateSecret(input: $input) {
    webhookEndpoint {
      id
      url
    }
    secret
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointRotateSecretMutation, WebhookEndpointRotateSecretMutationVariables>;
export const WebhookEndpointDeleteDocument = new TypedDocumentString(`
    mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {
  webhookEndpointDelete(input: $input) {
    deletedId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointDeleteMutation, WebhookEndpointDeleteMutationVariables>;
export const WebhookEndpointSendTestDocument = new TypedDocumentString(`
    mutation WebhookEndpointSendTest($input: WebhookEndpointIdInput!) {
  webhookEndpointSendTest(input: $input) {
    webhookDelivery {
      id
      webhookId
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointSendTestMutation, WebhookEndpointSendTestMutationVariables>;
export const WebhookDeliveryRedeliverDocument = new TypedDocumentString(`
    mutation WebhookDeliveryRedeliver($input: WebhookDeliveryIdInput!) {
  webhookDeliveryRedeliver(input: $input) {
    webhookDelivery {
      id
      webhookId
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveryRedeliverMutation, WebhookDeliveryRedeliverMutationVariables>;