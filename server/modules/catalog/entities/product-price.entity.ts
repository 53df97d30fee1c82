import { Index, Entity, ManyToOne, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Product } from './product.entity.js';
import { PriceLevel } from './price-level.entity.js';

/** The price of one product in one price level (decimal string, level's currency). */
@Entity({ tableName: 'product_price' })
@Index({ name: 'product_price_product_id_index', properties: ['product'] })
export class ProductPrice {
  [PrimaryKeyProp]?: ['priceLevel', 'product'];

  @ManyToOne(() => PriceLevel, { primary: true, deleteRule: 'cascade' })
  priceLevel!: Rel<PriceLevel>;

  @ManyToOne(() => Product, { primary: true, deleteRule: 'cascade' })
  product!: Rel<Product>;

  @Property({ type: 'decimal', precision: 12, scale: 4 })
  amount!: string;
}
