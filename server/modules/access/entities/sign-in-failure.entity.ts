import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A failed sign-in, kept briefly to throttle guessing per account and per client. */
@Entity({ tableName: 'sign_in_failure' })
@Index({ properties: ['accountKey', 'createdAt'] })
@Index({ properties: ['clientKey', 'createdAt'] })
export class SignInFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 300 })
  accountKey!: string;

  @Property({ type: 'string', length: 100 })
  clientKey!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
