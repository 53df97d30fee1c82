import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { DecimalScalar } from '../../../common/money.js';
import { normalizePercentage } from '../../../common/tax.js';

/** A VAT rate (issue 15, D1): products are taxed at theirs, or at the default one. */
@Entity({ tableName: 'tax_rate' })
@ObjectType({ implements: Node, description: 'A VAT rate, e.g. "TVA 20 %" at 20; every product is taxed at its own rate or at the default one.' })
export class TaxRate extends BaseEntity {
  @Property({ type: 'string', length: 60 })
  @Field(() => String, { description: 'Name shown on orders and documents, unique, e.g. "TVA 5,5 %".' })
  name!: string;

  @Property({ type: 'decimal', precision: 7, scale: 4 })
  percentage!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True for the rate of products without one (and of shipping unless the settings name another).' })
  isDefault: boolean & Opt = false;

  @Field(() => DecimalScalar, { name: 'percentage', description: 'The rate as a decimal percentage, e.g. "20" or "5.5".' })
  get percentageValue(): Opt<string> {
    return normalizePercentage(this.percentage);
  }
}
