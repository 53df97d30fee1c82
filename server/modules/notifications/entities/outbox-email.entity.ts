import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  STORED = 'STORED',
  FAILED = 'FAILED',
}
registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'Where an outgoing email stands.',
  valuesConfig: {
    PENDING: { description: 'Written by the business change, waiting to be rendered and sent.' },
    SENT: { description: 'Accepted by the email provider (Resend).' },
    STORED: { description: 'Rendered and kept in the outbox only: no provider is configured.' },
    FAILED: { description: 'The provider refused it for good, or kept refusing it for EMAIL_RETRY_HOURS; staff can send it again.' },
  },
});

/**
 * A document an email carries: an order's PDF, drawn by the email's job (never while the business
 * change is written), in the customer's document language.
 */
export interface EmailAttachmentSpec {
  kind: 'order-pdf';
  orderId: string;
  document: 'confirmation' | 'deliveryNote';
  /** The file name the recipient sees, e.g. "C-000123-confirmation.pdf". */
  fileName: string;
  /** Set by the job once the email is sent (decision 0059): the PDF's size, its bytes kept in outbox_email_attachment. */
  size?: number | null;
  /** Set by the job when the PDF could not be drawn and the email went without it: why. */
  error?: string | null;
}

export enum EmailAttachmentState {
  WAITING = 'WAITING',
  ATTACHED = 'ATTACHED',
  NOT_DRAWN = 'NOT_DRAWN',
}
registerEnumType(EmailAttachmentState, {
  name: 'EmailAttachmentState',
  description: 'Whether a document went with its email.',
  valuesConfig: {
    WAITING: { description: 'Drawn when the email is sent: not sent yet, or kept in the outbox only (no provider).' },
    ATTACHED: { description: 'Drawn and sent with the email; the bytes sent are kept and can be downloaded.' },
    NOT_DRAWN: { description: 'Could not be drawn: the email was sent without it (see `error`). The order\'s document can still be downloaded from the order once the cause is fixed.' },
  },
});

@ObjectType({ description: 'A document an email carries (an order\'s PDF), in the hub\'s mailbox.' })
export class OutboxEmailAttachment {
  @Field(() => Int, { description: 'Its place among the email\'s attachments, from 0 (part of its download address).' })
  position!: number;

  @Field(() => String, { description: 'The file name the recipient sees, e.g. "C-000123-confirmation.pdf".' })
  fileName!: string;

  @Field(() => EmailAttachmentState, { description: 'Whether it went with the email.' })
  state!: EmailAttachmentState;

  @Field(() => Int, { nullable: true, description: 'Size in bytes of the file sent (ATTACHED only).' })
  size?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it could not be drawn (NOT_DRAWN only).' })
  error?: string | null;

  @Field(() => String, { description: 'Staff download it here: the bytes sent when ATTACHED, otherwise the order\'s document drawn now.' })
  downloadUrl!: string;
}

/**
 * An email, written in the same transaction as the change that causes it; a job renders it and
 * sends it (or keeps it here when no provider is configured). The id is the provider's
 * idempotency key, so a retried job never sends twice.
 */
@Entity({ tableName: 'outbox_email' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['status'] })
@ObjectType({ implements: Node, description: 'An email Comptoir sent or will send; the hub\'s mailbox.' })
export class OutboxEmail extends BaseEntity {
  @Property({ type: 'string', length: 254 })
  @Field(() => String, { description: 'Recipient address.' })
  toAddress!: string;

  @Property({ type: 'string', length: 60 })
  @Field(() => String, { description: 'Template name, e.g. "access-granted".' })
  template!: string;

  @Property({ type: 'string', length: 5 })
  @Field(() => String, { description: 'Language the email is written in (ISO 639-1).' })
  language!: string;

  @Property({ type: 'json' })
  props!: Record<string, unknown>;

  /** Documents the email carries, drawn by its job when it is sent (decision 44); null: none. */
  @Property({ type: 'json', nullable: true })
  attachments?: EmailAttachmentSpec[] | null;

  @Field(() => [String], { description: 'File names of the documents the email carries (PDFs drawn when it is sent).' })
  get attachmentNames(): string[] & Opt {
    return (this.attachments ?? []).map((a) => a.fileName);
  }

  @Enum({ items: () => EmailStatus, nativeEnumName: 'email_status' })
  @Field(() => EmailStatus, { description: 'Delivery status.' })
  status: EmailStatus & Opt = EmailStatus.PENDING;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Subject, once rendered.' })
  subject?: string | null;

  @Property({ type: 'text', nullable: true, lazy: true })
  @Field(() => String, { nullable: true, description: 'HTML body, once rendered.' })
  html?: string | null;

  @Property({ type: 'text', nullable: true, lazy: true })
  @Field(() => String, { nullable: true, description: 'Plain-text body, once rendered.' })
  text?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many times sending was tried.' })
  attempts: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Last provider error, if any.' })
  lastError?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The provider\'s message id once sent.' })
  providerMessageId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the provider accepted it, or when it was stored.' })
  processedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When sending is tried again, after a refusal.' })
  nextAttemptAt?: Date | null;

  /** Since when the provider keeps refusing it: past EMAIL_RETRY_HOURS it is FAILED. */
  @Property({ type: 'datetime', nullable: true })
  retryingSince?: Date | null;

  /** While a job sends it: another job leaves it alone until then (a dead sender's lease runs out). */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
