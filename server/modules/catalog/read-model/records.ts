import { ReferenceKind, type EntityMetadata, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../common/global-id.js';
import type { Product } from '../entities/product.entity.js';
import type { PriceLevel } from '../entities/price-level.entity.js';
import type { StorageLocation } from '../entities/storage-location.entity.js';
import type { Brand } from '../entities/taxonomy.entity.js';

// The catalog read model's values (decision 0032): rows read by the raw-SQL catalog path (the
// session's statement, the catalog page) as frozen plain objects. They are NOT entities: no
// entity class in their prototype chain, unknown to every entity manager, so `em.persist`,
// `em.flush` or a relation assignment refuses them (MikroORM checks the class was discovered)
// instead of writing a partial row. To change a product, load the entity.

/** Another row a record refers to: its id only (a many-to-one column). */
export interface IdRef {
  readonly id: string;
}

/** A record of an entity: the chosen columns, read-only, and the global id GraphQL shows. */
export type RecordOf<T, K extends keyof T> = { readonly [P in K]: T[P] } & { readonly id: string; readonly globalId: string; readonly createdAt: Date; readonly updatedAt: Date };

/**
 * A product as the catalog read model reads it. Every mapped column of the product table is copied
 * (a column added later is copied too, so its GraphQL field resolves); many-to-ones as `{ id }`.
 * A Product entity is also a ProductRecord, so field resolvers take either.
 */
export type ProductRecord = RecordOf<Product, 'reference' | 'barcode' | 'name' | 'description' | 'unit' | 'packSize' | 'minQuantity' | 'maxQuantity' | 'orderIncrement' | 'active' | 'translations'> & {
  readonly brand?: IdRef | null;
  readonly season?: IdRef | null;
  readonly manufacturer?: IdRef | null;
};
export type BrandRecord = RecordOf<Brand, 'name'>;
export type PriceLevelRecord = RecordOf<PriceLevel, 'code' | 'name' | 'currencyCode' | 'isDefault'>;
export type StorageLocationRecord = RecordOf<StorageLocation, 'code' | 'name' | 'defaultShippingCost' | 'isDefault'>;

type Prop = EntityMetadata['props'][number];
interface Shape {
  prototype: object;
  props: Array<{ name: string; column: string; kind: 'scalar' | 'ref'; prop: Prop }>;
}
const shapes = new WeakMap<object, Shape>();

/**
 * Per entity, what its records are made of: the columns to copy, and a prototype that is not the
 * entity's (only the `globalId` getter GraphQL's `id` reads; `instanceof` the entity is false).
 */
function shapeOf(em: EntityManager, entity: EntityName<object>): Shape {
  const meta = em.getMetadata().get(entity);
  let shape = shapes.get(meta);
  if (!shape) {
    const typeName = (meta.class as { typeName?: string }).typeName ?? meta.className;
    const prototype = Object.freeze(
      Object.create(Object.prototype, {
        globalId: {
          get(this: { id: string }) {
            return toGlobalId(typeName, this.id);
          },
          enumerable: false,
        },
        [Symbol.toStringTag]: { value: `${meta.className}Record` },
      }),
    );
    const props = meta.props
      .filter((p) => p.fieldNames?.length === 1 && p.persist !== false && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)))
      .map((p) => ({ name: p.name, column: p.fieldNames[0], kind: p.kind === ReferenceKind.SCALAR ? ('scalar' as const) : ('ref' as const), prop: p }));
    shape = { prototype, props };
    shapes.set(meta, shape);
  }
  return shape;
}

/**
 * A frozen record of `entity` from a row keyed by column names (as PostgreSQL returns it, or as
 * `row_to_json` gives it: numbers for numerics, strings for timestamps). Columns missing from the
 * row are left out; `extra` (keyed by symbols, e.g. what a list read with the row) is added before
 * freezing.
 */
export function recordFromRow<R>(em: EntityManager, entity: EntityName<object>, row: Record<string, unknown>, extra?: Record<symbol, unknown>): R {
  const { prototype, props } = shapeOf(em, entity);
  const out = Object.create(prototype) as Record<string | symbol, unknown>;
  for (const { name, column, kind, prop } of props) {
    if (!(column in row)) continue;
    const value = row[column];
    if (kind === 'scalar') out[name] = fromRow(prop, value);
    else out[name] = value === null || value === undefined ? null : Object.freeze({ id: String(value) });
  }
  if (extra) for (const key of Object.getOwnPropertySymbols(extra)) out[key] = extra[key];
  return Object.freeze(out) as R;
}

/** A numeric column that came as a JSON number, as the decimal string entities hold. */
function decimalFromJson(prop: Prop, value: number): unknown {
  if (prop.type !== 'decimal' && prop.type !== 'DecimalType' && !/^(numeric|decimal)/.test(prop.columnTypes?.[0] ?? '')) return value;
  return prop.scale !== undefined ? value.toFixed(prop.scale) : String(value);
}

/** A column value as entities hold it, also when it came as JSON (numbers, date strings). */
function fromRow(prop: Prop, value: unknown): unknown {
  if (typeof value === 'number') return decimalFromJson(prop, value);
  if (typeof value === 'string' && prop.runtimeType === 'Date') return new Date(value);
  return value;
}
