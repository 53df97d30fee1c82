import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';

/** The events an endpoint may subscribe to; the value is the `type` of the payload on the wire. */
export enum WebhookEventType {
  ORDER_PLACED = 'order.placed',
  ORDER_STATUS_CHANGED = 'order.status_changed',
  ORDER_SHIPPING_COST_CHANGED = 'order.shipping_cost_changed',
  STORE_ACCESS_GRANTED = 'store_access.granted',
  STORE_ACCESS_APPROVED = 'store_access.approved',
  STORE_ACCESS_BLOCKED = 'store_access.blocked',
  REGISTRATION_REQUESTED = 'registration.requested',
  CUSTOMER_CREATED = 'customer.created',
  CUSTOMER_UPDATED = 'customer.updated',
  CATALOG_IMPORT_FINISHED = 'catalog_import.finished',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event Comptoir pushes to webhook endpoints; the payload\'s `type` is the lower-case dotted name (e.g. `order.placed`).',
  valuesConfig: {
    ORDER_PLACED: { description: '`order.placed`: a cart became an order (store, staff on behalf, or an integrator).' },
    ORDER_STATUS_CHANGED: { description: '`order.status_changed`: an order was validated, rejected, shipped, delivered or cancelled.' },
    ORDER_SHIPPING_COST_CHANGED: { description: '`order.shipping_cost_changed`: staff changed an order\'s shipping cost, and so its total.' },
    STORE_ACCESS_GRANTED: { description: '`store_access.granted`: a contact was given access to a customer\'s store.' },
    STORE_ACCESS_APPROVED: { description: '`store_access.approved`: an access pending approval was approved.' },
    STORE_ACCESS_BLOCKED: { description: '`store_access.blocked`: an access was blocked.' },
    REGISTRATION_REQUESTED: { description: '`registration.requested`: someone asked for an account through the public form.' },
    CUSTOMER_CREATED: { description: '`customer.created`: a customer was created (by staff, customersUpsert, or approving a registration).' },
    CUSTOMER_UPDATED: { description: '`customer.updated`: a customer, its contacts, delivery sites or visibility changed, or it was excluded or let back in.' },
    CATALOG_IMPORT_FINISHED: { description: '`catalog_import.finished`: a catalog CSV import ended (SUCCEEDED or FAILED), with its counts.' },
  },
});

/** Where an ERP (or any integrator) wants Comptoir's events pushed (decision 34). */
@Entity({ tableName: 'webhook_endpoint' })
@ObjectType({ implements: Node, description: 'A URL that receives signed webhook events (Standard Webhooks); admins and WEBHOOKS_MANAGE tokens manage them.' })
export class WebhookEndpoint extends BaseEntity {
  @Property({ type: 'string', length: 2000 })
  @Field(() => String, { description: 'The https (or http) URL events are POSTed to.' })
  url!: string;

  @Property({ type: 'string', length: 200, default: '' })
  @Field(() => String, { description: 'What the endpoint is for, e.g. "ERP orders".' })
  description: string & Opt = '';

  @Property({ type: 'text[]' })
  @Field(() => [WebhookEventType], { description: 'The events sent to it.' })
  events!: WebhookEventType[];

  /** `whsec_` + base64 key; shown once, at creation and at rotation. */
  @Property({ type: 'string', length: 100, hidden: true })
  secret!: string;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'False: no new event is sent to it (set by an admin, or after WEBHOOK_DISABLE_DAYS of failures).' })
  active: boolean & Opt = true;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Since when every delivery to it has failed; null once one succeeds.' })
  failingSince?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When Comptoir disabled it after days of failures (admins were emailed); null otherwise.' })
  autoDisabledAt?: Date | null;
}
