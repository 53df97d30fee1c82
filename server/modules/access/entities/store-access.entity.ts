import { Index, Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { StoreAccessStatus } from '../../../common/store-access-status.js';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { Customer } from '../../customers/index.js';
import { ShopUser } from './shop-user.entity.js';
import { StaffUser } from './staff-user.entity.js';

export { StoreAccessStatus } from '../../../common/store-access-status.js';

@Entity({ tableName: 'store_access' })
@Unique({ properties: ['customer', 'email'] })
@Index({ name: 'store_access_shop_user_id_index', properties: ['shopUser'] })
@ObjectType({ implements: Node, description: 'A login to the store for one email of one customer.' })
export class StoreAccess extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => ShopUser, { deleteRule: 'cascade' })
  shopUser!: Rel<ShopUser>;

  @Property({ type: 'string', length: 254 })
  @Field(() => String, { description: 'The email this access signs in with.' })
  email!: string;

  @Enum({ items: () => StoreAccessStatus, nativeEnumName: 'store_access_status' })
  @Field(() => StoreAccessStatus, { description: 'Current status.' })
  status: StoreAccessStatus & Opt = StoreAccessStatus.ACTIVE;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  grantedBy?: Rel<StaffUser> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Last time this access signed in or used the store.' })
  lastAccessAt?: Date | null;

  @Field(() => DateTimeISOResolver, { name: 'grantedAt', description: 'When the access was granted.' })
  get grantedAt(): Opt<Date> {
    return this.createdAt;
  }
}
