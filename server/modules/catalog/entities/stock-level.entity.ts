import { Index, Entity, ManyToOne, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Product } from './product.entity.js';
import { StorageLocation } from './storage-location.entity.js';

/** Units of one product on hand at one storage location. */
@Entity({ tableName: 'stock_level' })
@Index({ name: 'stock_level_product_id_index', properties: ['product'] })
export class StockLevel {
  [PrimaryKeyProp]?: ['location', 'product'];

  @ManyToOne(() => StorageLocation, { primary: true, deleteRule: 'cascade' })
  location!: Rel<StorageLocation>;

  @ManyToOne(() => Product, { primary: true, deleteRule: 'cascade' })
  product!: Rel<Product>;

  @Property({ type: 'integer' })
  quantity!: number;
}
