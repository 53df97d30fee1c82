import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { CurrencyCode } from '../../../common/money.js';

@Entity({ tableName: 'price_level' })
@ObjectType({ implements: Node, description: 'A named price list; every customer buys at one level, or at the default one.' })
export class PriceLevel extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Short unique code, e.g. "RETAIL".' })
  code!: string;

  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Property({ type: 'string', length: 3 })
  @Field(() => CurrencyCode, { description: 'Currency of the prices in this level.' })
  currencyCode: CurrencyCode & Opt = CurrencyCode.EUR;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True for the level used by customers without one.' })
  isDefault: boolean & Opt = false;
}
