import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { ShopUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';

export enum ActivityKind {
  SIGN_IN = 'SIGN_IN',
  SEARCH = 'SEARCH',
  PRODUCT_VIEW = 'PRODUCT_VIEW',
  CART_CHANGE = 'CART_CHANGE',
  ORDER_PLACED = 'ORDER_PLACED',
  QUOTE_REQUESTED = 'QUOTE_REQUESTED',
  QUOTE_ACCEPTED = 'QUOTE_ACCEPTED',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What a customer\'s user did in the store (product V2).',
  valuesConfig: {
    SIGN_IN: { description: 'Signed in to the store.' },
    SEARCH: { description: 'Searched the catalog; the detail is the text searched.' },
    PRODUCT_VIEW: { description: 'Opened a product page; the detail is the product\'s reference and name.' },
    CART_CHANGE: { description: 'Added, changed or removed cart lines; the detail is "+N" (N lines added) or "~N" (N lines changed or removed).' },
    ORDER_PLACED: { description: 'Placed an order; the detail is its number.' },
    QUOTE_REQUESTED: { description: 'Requested a quote; the detail is its number.' },
    QUOTE_ACCEPTED: { description: 'Accepted a quote; the detail is its number.' },
  },
});

/**
 * Something a shop user did for a customer. Written in batches by the activity recorder, never in
 * the request that caused it; staff viewing the store as the customer are not recorded.
 */
@Entity({ tableName: 'customer_activity' })
@Index({ properties: ['customer', 'createdAt', 'id'] })
@ObjectType({ implements: Node, description: 'Something a customer\'s user did in the store: a sign-in, a search, a product view, a cart change or an order.' })
export class CustomerActivity extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => ShopUser, { nullable: true, deleteRule: 'set null' })
  shopUser?: Rel<ShopUser> | null;

  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  @Field(() => ActivityKind, { description: 'What was done.' })
  kind!: ActivityKind;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Details: the search text, the product, the order number or the number of cart lines.' })
  detail?: string | null;
}
