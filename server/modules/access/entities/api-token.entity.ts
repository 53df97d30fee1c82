import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { StaffUser } from './staff-user.entity.js';

/** What an integrator token may do. */
export enum ApiScope {
  CATALOG_READ = 'CATALOG_READ',
  CATALOG_MANAGE = 'CATALOG_MANAGE',
  CUSTOMERS_MANAGE = 'CUSTOMERS_MANAGE',
  ORDERS_MANAGE = 'ORDERS_MANAGE',
  WEBHOOKS_MANAGE = 'WEBHOOKS_MANAGE',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'A permission of an integrator API token.',
  valuesConfig: {
    CATALOG_READ: { description: 'Read products, prices, stock, price levels and storage locations.' },
    CATALOG_MANAGE: {
      description: 'Read and change the catalog: products, managed lists, price levels, prices, storage locations, stock, images, CSV imports and the bulk sync mutations. Includes CATALOG_READ.',
    },
    CUSTOMERS_MANAGE: { description: 'Read and change customers, their contacts and store accesses, and registration requests.' },
    ORDERS_MANAGE: { description: 'Read orders and change their status; read, price, send and comment quotes.' },
    WEBHOOKS_MANAGE: { description: 'Register, change and delete webhook endpoints, read their deliveries, send test events and redeliver.' },
  },
});

/** An integrator's API token: only its SHA-256 is stored; the token is shown once. */
@Entity({ tableName: 'api_token' })
@ObjectType({ implements: Node, description: 'An API token for an integrator (e.g. the supplier\'s ERP), with scopes.' })
export class ApiToken extends BaseEntity {
  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'What the token is for, e.g. "ERP sync".' })
  name!: string;

  @Unique()
  @Property({ type: 'string', length: 64, hidden: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: 'The first characters of the token, to recognise it.' })
  prefix!: string;

  @Property({ type: 'text[]' })
  @Field(() => [ApiScope], { description: 'What the token may do.' })
  scopes!: ApiScope[];

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<StaffUser> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the token was last used.' })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the token was revoked; a revoked token no longer works.' })
  revokedAt?: Date | null;
}
