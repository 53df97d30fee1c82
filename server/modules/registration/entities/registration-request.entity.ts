import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { Language } from '../../../common/language.js';
import { Customer } from '../../customers/index.js';
import { StaffUser } from '../../access/index.js';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Where an access request stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for staff.' },
    APPROVED: { description: 'Approved: a customer was created or linked and access granted.' },
    REFUSED: { description: 'Refused, optionally with a reason sent to the applicant.' },
  },
});

@Entity({ tableName: 'registration_request' })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ implements: Node, description: 'A request for store access sent from the public form (product R2).' })
export class RegistrationRequest extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Company name.' })
  companyName!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;

  @Property({ type: 'string', length: 254 })
  @Field(() => String, { description: 'Email (lowercase); becomes the username on approval.' })
  email!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone.' })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'VAT number.' })
  vatNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Message from the applicant.' })
  message?: string | null;

  @Enum({ items: () => Language, nativeEnumName: 'language' })
  @Field(() => Language, { description: 'The applicant\'s language, for the answer.' })
  language: Language & Opt = Language.EN;

  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  @Field(() => RegistrationStatus, { description: 'Status.' })
  status: RegistrationStatus & Opt = RegistrationStatus.PENDING;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Reason given on refusal.' })
  refusalReason?: string | null;

  @ManyToOne(() => Customer, { nullable: true, deleteRule: 'set null' })
  customer?: Rel<Customer> | null;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<StaffUser> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When staff decided.' })
  decidedAt?: Date | null;

  /** Client address, for rate limiting. */
  @Property({ type: 'string', length: 100 })
  clientKey!: string;
}
