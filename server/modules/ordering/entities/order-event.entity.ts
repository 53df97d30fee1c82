import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { StaffUser, ShopUser, ApiToken } from '../../access/index.js';
import { Order, OrderStatus } from './order.entity.js';

/** What happened to an order (O4). PLACED is never stored: the timeline derives it from placedAt. */
export enum OrderEventKind {
  PLACED = 'PLACED',
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
  SHIPPING_COST_CHANGED = 'SHIPPING_COST_CHANGED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(OrderEventKind, {
  name: 'OrderEventKind',
  description: 'What happened to an order, as shown on its timeline.',
  valuesConfig: {
    PLACED: { description: 'The customer placed the order.' },
    VALIDATED: { description: 'The supplier accepted the order.' },
    REJECTED: { description: 'The supplier refused the order, with a reason.' },
    SHIPPED: { description: 'The order was sent.' },
    DELIVERED: { description: 'The order was received.' },
    CANCELLED: { description: 'The order was cancelled.' },
    SHIPPING_COST_CHANGED: { description: 'The supplier changed the shipping cost (and so the total).' },
    ACKNOWLEDGED: { description: 'The supplier\'s system (or an admin) recorded its own reference for the order, or replaced it.' },
  },
});

/** One recorded change of an order: who (staff, shop user or API token), when, what. */
@Entity({ tableName: 'order_event' })
@Index({ properties: ['order', 'createdAt'] })
export class OrderEvent extends BaseEntity {
  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Rel<Order>;

  @Enum({ items: () => OrderEventKind, nativeEnumName: 'order_event_kind' })
  kind!: OrderEventKind;

  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status', nullable: true })
  fromStatus?: OrderStatus | null;

  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status', nullable: true })
  toStatus?: OrderStatus | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  previousShippingCost?: string | null;

  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  shippingCost?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  previousExternalReference?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  externalReference?: string | null;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  staff?: Rel<StaffUser> | null;

  @ManyToOne(() => ShopUser, { nullable: true, deleteRule: 'set null' })
  shopUser?: Rel<ShopUser> | null;

  @ManyToOne(() => ApiToken, { nullable: true, deleteRule: 'set null' })
  apiToken?: Rel<ApiToken> | null;
}
