import { Entity, Enum, Index, ManyToOne, type Rel } from '@mikro-orm/core';
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
  },
});

/** A staff or integrator action recorded for audit: who (a staff member or an API token), which customer, what, when. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ implements: Node, description: 'An action of a staff member or an integrator token recorded for audit (e.g. viewing the store as a customer, changing the customer).' })
export class AuditEvent extends BaseEntity {
  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  staff?: Rel<StaffUser> | null;

  @ManyToOne(() => ApiToken, { nullable: true, deleteRule: 'set null' })
  apiToken?: Rel<ApiToken> | null;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  @Field(() => AuditAction, { description: 'What was done.' })
  action!: AuditAction;
}
