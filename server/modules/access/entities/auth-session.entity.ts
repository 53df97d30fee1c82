import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A signed-in session (lucia). Read and written through the lucia adapter with plain SQL. */
@Entity({ tableName: 'auth_session' })
@Index({ properties: ['userId'] })
export class AuthSession {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  /** `staff` or `shop`: the two realms never share a session. */
  @Property({ type: 'string', length: 8 })
  realm!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When staff view the store as a customer, the customer they act for (later issue). */
  @Property({ type: 'uuid', nullable: true })
  actingCustomerId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
