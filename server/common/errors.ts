import { GraphQLError } from 'graphql';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { TFunction } from 'i18next';

/** Codes of failures a user can fix; each has a translated message in common/locales. */
export enum UserErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  ACCESS_BLOCKED = 'ACCESS_BLOCKED',
  ACCOUNT_INACTIVE = 'ACCOUNT_INACTIVE',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  PASSWORD_TOO_WEAK = 'PASSWORD_TOO_WEAK',
  PASSWORD_MISMATCH = 'PASSWORD_MISMATCH',
  PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED',
  REQUIRED = 'REQUIRED',
  INVALID_EMAIL = 'INVALID_EMAIL',
  TAKEN = 'TAKEN',
  CUSTOMER_NUMBER_TAKEN = 'CUSTOMER_NUMBER_TAKEN',
  EMAIL_NOT_OF_CUSTOMER = 'EMAIL_NOT_OF_CUSTOMER',
  ACCESS_EXISTS = 'ACCESS_EXISTS',
  EMAIL_IN_USE = 'EMAIL_IN_USE',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  PRODUCT_NOT_ORDERABLE = 'PRODUCT_NOT_ORDERABLE',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  CART_EMPTY = 'CART_EMPTY',
  ORDERING_NOT_ALLOWED = 'ORDERING_NOT_ALLOWED',
  CUSTOMER_EXCLUDED = 'CUSTOMER_EXCLUDED',
  INVALID_VALUE = 'INVALID_VALUE',
  TOO_LONG = 'TOO_LONG',
  INVALID_TOKEN = 'INVALID_TOKEN',
  LAST_ADMIN = 'LAST_ADMIN',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  NO_EMAIL = 'NO_EMAIL',
  INVALID_STATUS = 'INVALID_STATUS',
  INVALID_BARCODE = 'INVALID_BARCODE',
  BARCODE_TAKEN = 'BARCODE_TAKEN',
  DUPLICATE_REFERENCE = 'DUPLICATE_REFERENCE',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  UNKNOWN_BRAND = 'UNKNOWN_BRAND',
  UNKNOWN_SEASON = 'UNKNOWN_SEASON',
  UNKNOWN_MANUFACTURER = 'UNKNOWN_MANUFACTURER',
  UNKNOWN_TAG = 'UNKNOWN_TAG',
  UNKNOWN_PRICE_LEVEL = 'UNKNOWN_PRICE_LEVEL',
  UNKNOWN_STORAGE_LOCATION = 'UNKNOWN_STORAGE_LOCATION',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  DUPLICATE_COLUMN = 'DUPLICATE_COLUMN',
  NOT_CSV = 'NOT_CSV',
  INVALID_CSV = 'INVALID_CSV',
  NAME_REQUIRED = 'NAME_REQUIRED',
  EXTRA_CELLS = 'EXTRA_CELLS',
  IN_USE = 'IN_USE',
  DEFAULT_REQUIRED = 'DEFAULT_REQUIRED',
  IMPORT_HAS_ERRORS = 'IMPORT_HAS_ERRORS',
  QUANTITY_NOT_PACK_MULTIPLE = 'QUANTITY_NOT_PACK_MULTIPLE',
  QUANTITY_NOT_INCREMENT = 'QUANTITY_NOT_INCREMENT',
  QUANTITY_BELOW_MINIMUM = 'QUANTITY_BELOW_MINIMUM',
  QUANTITY_ABOVE_MAXIMUM = 'QUANTITY_ABOVE_MAXIMUM',
  QUANTITY_RULES_INCONSISTENT = 'QUANTITY_RULES_INCONSISTENT',
  TOO_MANY_LINES = 'TOO_MANY_LINES',
  DATE_IN_PAST = 'DATE_IN_PAST',
  DELIVERY_BEFORE_ORDER_DATE = 'DELIVERY_BEFORE_ORDER_DATE',
  UNKNOWN_DELIVERY_SITE = 'UNKNOWN_DELIVERY_SITE',
  UNKNOWN_DOCUMENT = 'UNKNOWN_DOCUMENT',
  TOO_MANY_DOCUMENTS = 'TOO_MANY_DOCUMENTS',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  SHIPPING_COST_LOCKED = 'SHIPPING_COST_LOCKED',
  LINE_UNAVAILABLE = 'LINE_UNAVAILABLE',
  TOO_MANY_ITEMS = 'TOO_MANY_ITEMS',
  DUPLICATE_ITEM = 'DUPLICATE_ITEM',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  UNKNOWN_LANGUAGE = 'UNKNOWN_LANGUAGE',
  UNKNOWN_TAX_RATE = 'UNKNOWN_TAX_RATE',
  AMBIGUOUS_TAX_RATE = 'AMBIGUOUS_TAX_RATE',
  ORDER_LIST_READ_ONLY = 'ORDER_LIST_READ_ONLY',
  TRANSLATIONS_MISSING = 'TRANSLATIONS_MISSING',
  LIST_NAME_CLASH = 'LIST_NAME_CLASH',
  QUOTE_NOT_EDITABLE = 'QUOTE_NOT_EDITABLE',
  QUOTE_NOT_OPEN = 'QUOTE_NOT_OPEN',
  QUOTE_EXPIRED = 'QUOTE_EXPIRED',
  QUOTE_NO_LINES = 'QUOTE_NO_LINES',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input; the accompanying message says it in the viewer\'s language.',
  valuesConfig: {
    INVALID_CREDENTIALS: { description: 'The email or the password is wrong.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many failed tries of a secret (password, reset link) for this account from this client, or from this client on any account, or too many uses of a public form; retry after `retryAfter` seconds.' },
    ACCESS_BLOCKED: { description: 'The store access of this email is blocked by the supplier.' },
    ACCOUNT_INACTIVE: { description: 'The staff account is deactivated.' },
    WRONG_PASSWORD: { description: 'The current password given is wrong.' },
    PASSWORD_TOO_WEAK: { description: 'The new password has fewer than 8 characters or lacks letters or digits.' },
    PASSWORD_MISMATCH: { description: 'The password and its confirmation differ.' },
    PASSWORD_UNCHANGED: { description: 'The new password equals the temporary one.' },
    REQUIRED: { description: 'A required value is missing or blank.' },
    INVALID_EMAIL: { description: 'The value is not an email address.' },
    TAKEN: { description: 'The value must be unique and is already used.' },
    CUSTOMER_NUMBER_TAKEN: { description: 'Another customer already has this customer number.' },
    EMAIL_NOT_OF_CUSTOMER: { description: 'The email is not one of the customer\'s contacts.' },
    ACCESS_EXISTS: { description: 'This email already has a store access for this customer.' },
    EMAIL_IN_USE: { description: 'This email already signs in to the store for another customer.' },
    INVALID_QUANTITY: { description: 'The quantity is not a whole number in the allowed range.' },
    PRODUCT_NOT_ORDERABLE: { description: 'The product has no price for the customer or is not orderable.' },
    PRODUCT_NOT_FOUND: { description: 'No product with this id is visible to the viewer.' },
    CART_EMPTY: { description: 'The cart has no lines to order.' },
    ORDERING_NOT_ALLOWED: { description: 'The store access awaits approval; browsing is allowed, ordering is not.' },
    CUSTOMER_EXCLUDED: { description: 'The customer is temporarily excluded from the store by the supplier.' },
    INVALID_VALUE: { description: 'The value is not acceptable for this field.' },
    TOO_LONG: { description: 'The text exceeds the maximum length.' },
    INVALID_TOKEN: { description: 'The link or token is unknown, already used or expired.' },
    LAST_ADMIN: { description: 'The change would leave the hub without an active admin.' },
    REGISTRATION_CLOSED: { description: 'The store does not accept access requests.' },
    ALREADY_DECIDED: { description: 'The request was already approved or refused.' },
    NO_EMAIL: { description: 'The customer has no contact email to grant access to.' },
    INVALID_STATUS: { description: 'The object is not in a status that allows this change.' },
    INVALID_BARCODE: { description: 'The barcode is not a valid EAN/GTIN (8, 12, 13 or 14 digits with a correct check digit).' },
    BARCODE_TAKEN: { description: 'Another product (or an earlier line of the file) already has this barcode.' },
    DUPLICATE_REFERENCE: { description: 'The reference appears on an earlier line of the same file.' },
    NOT_A_NUMBER: { description: 'The value is not a number.' },
    INVALID_AMOUNT: { description: 'The amount is negative or has too many decimals (4 for prices, 2 for shipping costs).' },
    UNKNOWN_BRAND: { description: 'No brand has this name or id; brands are a managed list.' },
    UNKNOWN_SEASON: { description: 'No season has this name or id; seasons are a managed list.' },
    UNKNOWN_MANUFACTURER: { description: 'No manufacturer has this name or id; manufacturers are a managed list.' },
    UNKNOWN_TAG: { description: 'No tag has this name or id; tags are a managed list.' },
    UNKNOWN_PRICE_LEVEL: { description: 'A `price:<code>` column names a price level that does not exist.' },
    UNKNOWN_STORAGE_LOCATION: { description: 'A `stock:<code>` column names a storage location that does not exist.' },
    UNKNOWN_COLUMN: { description: 'The CSV header has columns Comptoir does not know.' },
    DUPLICATE_COLUMN: { description: 'The CSV header names a column twice.' },
    NOT_CSV: { description: 'The file is not CSV text with a header line naming a `reference` column.' },
    INVALID_CSV: { description: 'A line of the file is not valid CSV (e.g. an unclosed quote).' },
    NAME_REQUIRED: { description: 'A product that does not exist yet needs a name.' },
    EXTRA_CELLS: { description: 'The line has more cells than the header has columns.' },
    IN_USE: { description: 'The item is used in customers\' visibility; change their visibility first.' },
    DEFAULT_REQUIRED: { description: 'Exactly one item must stay the default: make another one the default instead.' },
    IMPORT_HAS_ERRORS: { description: 'Some lines of the file have errors, so an all-or-nothing import wrote nothing.' },
    QUANTITY_NOT_PACK_MULTIPLE: { description: 'Order in whole packs of {{packSize}}: the quantity must be a multiple of the pack size.' },
    QUANTITY_NOT_INCREMENT: { description: 'The product is sold by {{increment}} (its order increment, a multiple of the pack size): the quantity must be a multiple of it; the message names the nearest valid quantity.' },
    QUANTITY_BELOW_MINIMUM: { description: 'The quantity is below the product\'s minimum order quantity ({{minimum}}).' },
    QUANTITY_ABOVE_MAXIMUM: { description: 'The quantity is above the product\'s maximum order quantity ({{maximum}}).' },
    QUANTITY_RULES_INCONSISTENT: { description: 'A product\'s quantity rules do not fit together: the order increment must be a multiple of the pack size, the minimum a multiple of the increment, the maximum at least the minimum (whole numbers from 1 to 100,000).' },
    TOO_MANY_LINES: { description: 'The import holds more lines than allowed at once (5,000); nothing was added.' },
    DATE_IN_PAST: { description: 'The date is before today.' },
    DELIVERY_BEFORE_ORDER_DATE: { description: 'The requested delivery date is earlier than the order date.' },
    UNKNOWN_DELIVERY_SITE: { description: 'The delivery site is not one of the customer\'s.' },
    UNKNOWN_DOCUMENT: { description: 'The document id is unknown, belongs to another customer or is already attached to an order.' },
    TOO_MANY_DOCUMENTS: { description: 'More documents than an order may hold (10).' },
    INVALID_TRANSITION: { description: 'The order cannot move from its current status to the one asked (e.g. a DELIVERED order cannot be cancelled); the message names both.' },
    SHIPPING_COST_LOCKED: { description: 'The shipping cost can no longer change: the order is shipped, delivered, rejected or cancelled.' },
    LINE_UNAVAILABLE: { description: 'A line of a past order or of an order list is no longer available, visible or orderable; the message names its reference and name.' },
    TOO_MANY_ITEMS: { description: 'A bulk sync call holds more items than allowed at once (10,000); nothing was written.' },
    DUPLICATE_ITEM: { description: 'An earlier item of the same bulk sync call has the same key (reference, customer number, or reference with level or location code).' },
    UNKNOWN_REFERENCE: { description: 'No product has this reference.' },
    UNKNOWN_LANGUAGE: { description: 'The language code is not one the store speaks (en, fr, nl, de, pt, pt-BR, es).' },
    UNKNOWN_TAX_RATE: { description: 'No VAT rate has this name (case aside) or percentage (catalog CSV `tax_rate` column, productsUpsert `taxRate`).' },
    AMBIGUOUS_TAX_RATE: { description: 'Several VAT rates have this percentage; name the rate instead.' },
    ORDER_LIST_READ_ONLY: { description: 'The order list was published by the supplier and cannot be changed by its customers; copy it to change it.' },
    TRANSLATIONS_MISSING: { description: 'Products have no name in the new catalog language; the message says how many, the payload names them. Fill them in (CSV `name:<language>` column) or confirm keeping their current name.' },
    LIST_NAME_CLASH: { description: 'Two tags or seasons would have the same name in the new catalog language; the message names it.' },
    QUOTE_NOT_EDITABLE: { description: 'The quote was already accepted or declined: its lines, prices and expiry date can no longer change.' },
    QUOTE_NOT_OPEN: { description: 'The quote cannot be answered now: it is not (or no longer) a proposal sent by the supplier (accepted, declined, or being revised).' },
    QUOTE_EXPIRED: { description: 'The quote\'s expiry date has passed: it can no longer be accepted; ask the supplier for a new proposal.' },
    QUOTE_NO_LINES: { description: 'A quote without lines cannot be sent.' },
  },
});

@ObjectType({ description: 'A problem with the input that the user can fix, in the viewer\'s language.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "email"]; null when the whole input is at fault.' })
  field?: string[] | null;

  @Field(() => String, { description: 'What is wrong, translated for the viewer.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'A stable code to branch on.' })
  code!: UserErrorCode;

  @Field(() => Int, { nullable: true, description: 'Seconds to wait before trying again (TOO_MANY_ATTEMPTS); null otherwise.' })
  retryAfter?: number | null;
}

export function userError(
  t: TFunction,
  code: UserErrorCode,
  field?: string[] | null,
  vars: Record<string, unknown> = {},
): UserError {
  return Object.assign(new UserError(), { code, field: field ?? null, message: t(`userErrors.${code}`, vars) as string });
}

export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'PASSWORD_CHANGE_REQUIRED' | 'BAD_USER_INPUT';

const messageKeys: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  PASSWORD_CHANGE_REQUIRED: 'errors.passwordChangeRequired',
  BAD_USER_INPUT: 'userErrors.INVALID_VALUE',
};

/** Errors that are not the user's to fix: thrown, with extensions.code. */
export function apiError(t: TFunction, code: ApiErrorCode): GraphQLError {
  return new GraphQLError(t(messageKeys[code]) as string, { extensions: { code } });
}
