import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { StaffUser } from '../../access/index.js';

export enum NotificationKind {
  NEW_ORDERS = 'NEW_ORDERS',
  PENDING_APPROVALS = 'PENDING_APPROVALS',
  REGISTRATION_REQUESTS = 'REGISTRATION_REQUESTS',
  QUOTE_REQUESTS = 'QUOTE_REQUESTS',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'A group of the hub\'s bell notifications, read as a whole.',
  valuesConfig: {
    NEW_ORDERS: { description: 'Orders placed and awaiting validation.' },
    PENDING_APPROVALS: { description: 'Store accesses awaiting approval.' },
    REGISTRATION_REQUESTS: { description: 'Access requests awaiting a decision.' },
    QUOTE_REQUESTS: { description: 'Quotes requested by customers, awaiting the supplier\'s proposal.' },
  },
});

/** Until when a staff member has seen a kind of notification: newer items count as unread. */
@Entity({ tableName: 'staff_notification_read' })
@Unique({ properties: ['staff', 'kind'] })
export class StaffNotificationRead extends BaseEntity {
  @ManyToOne(() => StaffUser, { deleteRule: 'cascade' })
  staff!: Rel<StaffUser>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;
}
