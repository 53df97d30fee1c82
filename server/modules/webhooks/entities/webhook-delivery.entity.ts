import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one event stands with one endpoint.',
  valuesConfig: {
    PENDING: { description: 'Written with the change; being sent, or waiting for its next try.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every try failed for WEBHOOK_RETRY_HOURS (or the endpoint was disabled); it can be redelivered.' },
  },
});

/**
 * One event for one endpoint: the outbox row, written in the business transaction by the event's
 * handler and sent by a job; `webhookId` is the `webhook-id` header on every try (decision 34).
 */
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['endpoint', 'createdAt', 'id'] })
@Index({ properties: ['status'] })
@ObjectType({ implements: Node, description: 'One event sent (or to be sent) to a webhook endpoint, with its tries.' })
export class WebhookDelivery extends BaseEntity {
  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: Rel<WebhookEndpoint>;

  @Property({ type: 'string', length: 60 })
  @Field(() => String, { description: 'The `webhook-id` header: the same on every try, so a receiver can drop repeats.' })
  webhookId!: string;

  @Property({ type: 'string', length: 60 })
  @Field(() => String, { description: 'The event\'s type, e.g. `order.placed` (`webhook.test` for a test event).' })
  eventType!: string;

  /** The exact body sent (JSON text): signed as is on every try. */
  @Property({ type: 'text' })
  @Field(() => String, { description: 'The JSON body sent: {id, type, timestamp, version, data}.' })
  payload!: string;

  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  @Field(() => WebhookDeliveryStatus, { description: 'Delivery status.' })
  status: WebhookDeliveryStatus & Opt = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Tries so far.' })
  attempts: number & Opt = 0;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null: none (timeout, refused connection).' })
  responseStatus?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Milliseconds the last try took.' })
  durationMs?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last try failed.' })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it will be tried again, while PENDING after a failure.' })
  nextAttemptAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  retryingSince?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt?: Date | null;
}
