import { Entity, OneToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Product } from './product.entity.js';

/**
 * The picture of a product, kept in PostgreSQL so any process can serve it (stateless processes).
 * `data` is lazy: loaders that only build URLs never read the bytes.
 */
@Entity({ tableName: 'product_image' })
export class ProductImage {
  @OneToOne(() => Product, { primary: true, owner: true, deleteRule: 'cascade', fieldName: 'product_id' })
  product!: Rel<Product>;

  @Property({ type: 'string', length: 40 })
  contentType!: string;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;

  /** Hex SHA-256 of `data`; part of the image URL, so a new image gets a new URL. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
