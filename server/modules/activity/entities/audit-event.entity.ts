import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { ApiToken, StaffUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';

export enum AuditAction {
  VIEW_AS_CLIENT_START = 'VIEW_AS_CLIENT_START',
  VIEW_AS_CLIENT_STOP = 'VIEW_AS_CLIENT_STOP',
  CUSTOMER_CREATED = 'CUSTOMER_CREATED',
  CUSTOMER_UPDATED = 'CUSTOMER_UPDATED',
  CUSTOMER_EXCLUDED = 'CUSTOMER_EXCLUDED',
  CUSTOMER_EXCLUSION_LIFTED = 'CUSTOMER_EXCLUSION_LIFTED',
  STORE_ACCESS_GRANTED = 'STORE_ACCESS_GRANTED',
  STORE_ACCESS_BLOCKED = 'STORE_ACCESS_BLOCKED',
  STORE_ACCESS_UNBLOCKED = 'STORE_ACCESS_UNBLOCKED',
  STORE_ACCESS_APPROVED = 'STORE_ACCESS_APPROVED',
  STORE_ACCESS_PASSWORD_REGENERATED = 'STORE_ACCESS_PASSWORD_REGENERATED',
  REGISTRATION_APPROVED = 'REGISTRATION_APPROVED',
  REGISTRATION_REFUSED = 'REGISTRATION_REFUSED',
  ORDER_STATUS_CHANGED = 'ORDER_STATUS_CHANGED',
  ORDER_SHIPPING_COST_CHANGED = 'ORDER_SHIPPING_COST_CHANGED',
  SETTINGS_UPDATED = 'SETTINGS_UPDATED',
  API_TOKEN_CREATED = 'API_TOKEN_CREATED',
  API_TOKEN_REVOKED = 'API_TOKEN_REVOKED',
  STORE_ACCESS_LANGUAGE_CHANGED = 'STORE_ACCESS_LANGUAGE_CHANGED',
  STAFF_CREATED = 'STAFF_CREATED',
  STAFF_UPDATED = 'STAFF_UPDATED',
  PRICE_LEVEL_CREATED = 'PRICE_LEVEL_CREATED',
  PRICE_LEVEL_UPDATED = 'PRICE_LEVEL_UPDATED',
  STORAGE_LOCATION_CREATED = 'STORAGE_LOCATION_CREATED',
  STORAGE_LOCATION_UPDATED = 'STORAGE_LOCATION_UPDATED',
  TAX_RATE_CREATED = 'TAX_RATE_CREATED',
  TAX_RATE_UPDATED = 'TAX_RATE_UPDATED',
  TAX_RATE_DELETED = 'TAX_RATE_DELETED',
  LIST_ITEM_CREATED = 'LIST_ITEM_CREATED',
  LIST_ITEM_UPDATED = 'LIST_ITEM_UPDATED',
  LIST_ITEM_DELETED = 'LIST_ITEM_DELETED',
  WEBHOOK_ENDPOINT_CREATED = 'WEBHOOK_ENDPOINT_CREATED',
  WEBHOOK_ENDPOINT_UPDATED = 'WEBHOOK_ENDPOINT_UPDATED',
  WEBHOOK_ENDPOINT_DELETED = 'WEBHOOK_ENDPOINT_DELETED',
  WEBHOOK_SECRET_ROTATED = 'WEBHOOK_SECRET_ROTATED',
  WEBHOOK_DELIVERY_REDELIVERED = 'WEBHOOK_DELIVERY_REDELIVERED',
  PRODUCT_CREATED = 'PRODUCT_CREATED',
  PRODUCT_UPDATED = 'PRODUCT_UPDATED',
  PRODUCT_PRICES_SET = 'PRODUCT_PRICES_SET',
  STOCK_LEVELS_SET = 'STOCK_LEVELS_SET',
  PRODUCTS_UPSERTED = 'PRODUCTS_UPSERTED',
  PRODUCT_PRICES_UPSERTED = 'PRODUCT_PRICES_UPSERTED',
  STOCK_LEVELS_UPSERTED = 'STOCK_LEVELS_UPSERTED',
  CUSTOMERS_UPSERTED = 'CUSTOMERS_UPSERTED',
  EMAIL_RESENT = 'EMAIL_RESENT',
  FAILED_EMAILS_RESENT = 'FAILED_EMAILS_RESENT',
  CATALOG_IMPORTED = 'CATALOG_IMPORTED',
  QUOTE_UPDATED = 'QUOTE_UPDATED',
  QUOTE_SENT = 'QUOTE_SENT',
  QUOTE_ACCEPTED = 'QUOTE_ACCEPTED',
  QUOTE_DECLINED = 'QUOTE_DECLINED',
  QUOTE_COMMENTED = 'QUOTE_COMMENTED',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a staff member or an integrator token did that is recorded for audit.',
  valuesConfig: {
    VIEW_AS_CLIENT_START: { description: 'Started viewing the store as the customer.' },
    VIEW_AS_CLIENT_STOP: { description: 'Stopped viewing the store as the customer.' },
    CUSTOMER_CREATED: { description: 'Created the customer.' },
    CUSTOMER_UPDATED: { description: 'Changed the customer (details, contacts, delivery sites or visibility).' },
    CUSTOMER_EXCLUDED: { description: 'Excluded the customer from the store.' },
    CUSTOMER_EXCLUSION_LIFTED: { description: 'Lifted the customer\'s exclusion.' },
    STORE_ACCESS_GRANTED: { description: 'Granted a store access (the temporary password is never recorded).' },
    STORE_ACCESS_BLOCKED: { description: 'Blocked a store access.' },
    STORE_ACCESS_UNBLOCKED: { description: 'Unblocked a store access.' },
    STORE_ACCESS_APPROVED: { description: 'Approved a store access that awaited approval.' },
    STORE_ACCESS_PASSWORD_REGENERATED: { description: 'Gave a store access a new temporary password (never recorded).' },
    REGISTRATION_APPROVED: { description: 'Approved an access request.' },
    REGISTRATION_REFUSED: { description: 'Refused an access request.' },
    ORDER_STATUS_CHANGED: { description: 'Moved an order to another status.' },
    ORDER_SHIPPING_COST_CHANGED: { description: 'Changed an order\'s shipping cost.' },
    SETTINGS_UPDATED: { description: 'Changed store settings.' },
    API_TOKEN_CREATED: { description: 'Created an API token (its secret is never recorded).' },
    API_TOKEN_REVOKED: { description: 'Revoked an API token.' },
    STORE_ACCESS_LANGUAGE_CHANGED: { description: 'Changed the store language of an access\'s user.' },
    STAFF_CREATED: { description: 'Created a staff account (its password is never recorded).' },
    STAFF_UPDATED: { description: 'Changed a staff account (name, email, role, language, active).' },
    PRICE_LEVEL_CREATED: { description: 'Created a price level.' },
    PRICE_LEVEL_UPDATED: { description: 'Changed a price level.' },
    STORAGE_LOCATION_CREATED: { description: 'Created a storage location.' },
    STORAGE_LOCATION_UPDATED: { description: 'Changed a storage location.' },
    TAX_RATE_CREATED: { description: 'Created a tax rate.' },
    TAX_RATE_UPDATED: { description: 'Changed a tax rate.' },
    TAX_RATE_DELETED: { description: 'Deleted a tax rate.' },
    LIST_ITEM_CREATED: { description: 'Added a brand, season, tag or manufacturer.' },
    LIST_ITEM_UPDATED: { description: 'Renamed a brand, season, tag or manufacturer.' },
    LIST_ITEM_DELETED: { description: 'Deleted a brand, season, tag or manufacturer.' },
    WEBHOOK_ENDPOINT_CREATED: { description: 'Registered a webhook endpoint (its secret is never recorded).' },
    WEBHOOK_ENDPOINT_UPDATED: { description: 'Changed a webhook endpoint.' },
    WEBHOOK_ENDPOINT_DELETED: { description: 'Deleted a webhook endpoint.' },
    WEBHOOK_SECRET_ROTATED: { description: 'Gave a webhook endpoint a new signing secret (never recorded).' },
    WEBHOOK_DELIVERY_REDELIVERED: { description: 'Sent a webhook delivery again.' },
    PRODUCT_CREATED: { description: 'Added a product to the catalog.' },
    PRODUCT_UPDATED: { description: 'Changed a product (reference, name, active, barcode, pack size, unit, tax rate).' },
    PRODUCT_PRICES_SET: { description: 'Set or removed prices in a price level (one change per product, by reference).' },
    STOCK_LEVELS_SET: { description: 'Set stock at a storage location (one change per product, by reference).' },
    PRODUCTS_UPSERTED: { description: 'Created or changed products by reference in one call (counts only).' },
    PRODUCT_PRICES_UPSERTED: { description: 'Set or removed prices by reference in one call (counts only).' },
    STOCK_LEVELS_UPSERTED: { description: 'Set stock by reference in one call (counts only).' },
    CUSTOMERS_UPSERTED: { description: 'Created or changed customers by customer number in one call (counts only).' },
    EMAIL_RESENT: { description: 'Sent a failed email again.' },
    FAILED_EMAILS_RESENT: { description: 'Sent every failed email again (count only).' },
    CATALOG_IMPORTED: { description: 'A catalog CSV import ended (counts only).' },
    QUOTE_UPDATED: { description: 'Changed a quote\'s lines, prices, expiry date or message.' },
    QUOTE_SENT: { description: 'Sent a quote\'s proposal to the customer.' },
    QUOTE_ACCEPTED: { description: 'Accepted a quote on the customer\'s behalf (viewing the store as it).' },
    QUOTE_DECLINED: { description: 'Declined a quote on the customer\'s behalf (viewing the store as it).' },
    QUOTE_COMMENTED: { description: 'Commented on a quote.' },
  },
});

/** One key field of the target, before and after the action (strings as shown, null when none). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A staff or integrator action recorded for audit: who (a staff member or an API token), which customer, what, when. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ implements: Node, description: 'An action of a staff member or an integrator token recorded for audit (e.g. viewing the store as a customer, changing the customer).' })
export class AuditEvent extends BaseEntity {
  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  staff?: Rel<StaffUser> | null;

  @ManyToOne(() => ApiToken, { nullable: true, deleteRule: 'set null' })
  apiToken?: Rel<ApiToken> | null;

  /** The customer concerned, when there is one (an order's, an access's); null for store-wide changes. */
  @ManyToOne(() => Customer, { nullable: true, deleteRule: 'cascade' })
  customer?: Rel<Customer> | null;

  /** The actor's name when it acted: the row stays readable if the staff member or token is renamed. */
  @Property({ type: 'string', length: 255, nullable: true })
  actorName?: string | null;

  /** What was acted on: `Customer`, `StoreAccess`, `Order`, `RegistrationRequest`, … */
  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'The kind of object acted on: Customer, StoreAccess, Order, RegistrationRequest.' })
  targetType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  targetId?: string | null;

  /** A human handle on the target at the time (an email, an order number). */
  @Property({ type: 'string', length: 320, nullable: true })
  @Field(() => String, { nullable: true, description: 'The target as people name it at the time: an email, an order number, a company name.' })
  targetLabel?: string | null;

  /** The key fields before and after; never a password. */
  @Property({ type: 'json', nullable: true })
  changes?: AuditChange[] | null;

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  @Field(() => AuditAction, { description: 'What was done.' })
  action!: AuditAction;
}
