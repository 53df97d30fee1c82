import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../../common/base.entity.js';
import { ShopUser } from './shop-user.entity.js';

/** A single-use, expiring password-reset link; only the token's SHA-256 is stored. */
@Entity({ tableName: 'password_reset' })
export class PasswordReset extends BaseEntity {
  @ManyToOne(() => ShopUser, { deleteRule: 'cascade' })
  shopUser!: Rel<ShopUser>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
