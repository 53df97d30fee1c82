import { Entity, Enum, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { StaffUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';

export enum AuditAction {
  VIEW_AS_CLIENT_START = 'VIEW_AS_CLIENT_START',
  VIEW_AS_CLIENT_STOP = 'VIEW_AS_CLIENT_STOP',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a staff member did that is recorded for audit.',
  valuesConfig: {
    VIEW_AS_CLIENT_START: { description: 'Started viewing the store as the customer.' },
    VIEW_AS_CLIENT_STOP: { description: 'Stopped viewing the store as the customer.' },
  },
});

/** A staff action recorded for audit: who, which customer, what, when. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ implements: Node, description: 'A staff action recorded for audit (e.g. viewing the store as a customer).' })
export class AuditEvent extends BaseEntity {
  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  staff?: Rel<StaffUser> | null;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  @Field(() => AuditAction, { description: 'What was done.' })
  action!: AuditAction;
}
