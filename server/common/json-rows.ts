import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, wrap, type EntityMetadata, type EntityName } from '@mikro-orm/core';

/**
 * Turns a row that PostgreSQL returned as JSON (`row_to_json(t)`) into a managed entity, as
 * `em.map` does for a plain row: lets one statement bring several related rows (the viewer, its
 * customer, the catalog defaults) instead of one round trip each. JSON has no decimal type, so
 * numeric columns arrive as numbers: they are turned back into the strings the entities hold.
 */
export function mapJsonRow<T extends object>(em: EntityManager, entity: EntityName<T>, json: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity);
  const row: Record<string, unknown> = { ...json };
  for (const prop of meta.props) {
    const column = prop.fieldNames?.[0];
    if (column && typeof row[column] === 'number') row[column] = decimalFromJson(prop, row[column] as number);
  }
  return em.map(entity, row as never) as T;
}

/**
 * The entity the row describes: the one the entity manager already holds under its primary key
 * and loaded (maybe changed since the row was read: kept as it is), else mapped from the row.
 */
export function managedFromRow<T extends object>(em: EntityManager, entity: EntityName<T>, json: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity);
  const pk = json[meta.primaryKeys[0]];
  const known = pk === undefined ? undefined : em.getUnitOfWork().getById<T>(meta.className, pk as never);
  // A reference (only its id known, e.g. the user of an access mapped before) is filled from the row.
  return known && wrap(known).isInitialized() ? known : mapJsonRow(em, entity, json);
}

/**
 * A row read for display only, as an instance of the entity class that the entity manager does not
 * know: scalar columns copied, many-to-one columns as id-only stubs of the target class, no
 * collections, no identity map entry and no change-tracking snapshot — which are most of the cost
 * of mapping a page of products with the ORM. Never flush it; load the entity to change it.
 */
export function readOnlyEntity<T extends object>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity);
  const { prototype, props } = readOnlyShape(meta);
  const out = Object.create(prototype) as Record<string, unknown>;
  for (const prop of props) {
    const column = prop.fieldNames[0];
    if (!(column in row)) continue;
    const value = row[column];
    if (prop.kind === ReferenceKind.SCALAR) out[prop.name] = fromJson(prop, value);
    else if (value === null || value === undefined) out[prop.name] = null;
    else {
      const stub = Object.create(readOnlyShape(prop.targetMeta!).prototype) as Record<string, unknown>;
      stub.id = value;
      out[prop.name] = stub;
    }
  }
  return out as T;
}

type Meta = EntityMetadata;
const shapes = new WeakMap<object, { prototype: object; props: Meta['props'] }>();

/**
 * Per entity class, a prototype between the class's and its read-only instances: it holds a
 * plain writable slot for every mapped property, which shadows the ORM's setters on the class
 * prototype (change tracking, which builds the per-entity helper on first write), so filling an
 * instance is plain assignments. `instanceof` still holds.
 */
function readOnlyShape(meta: Meta): { prototype: object; props: Meta['props'] } {
  let shape = shapes.get(meta);
  if (!shape) {
    const props = meta.props.filter(
      (p) => p.fieldNames?.length && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
    );
    const slots: PropertyDescriptorMap = {};
    for (const p of props) slots[p.name] = { value: undefined, writable: true, enumerable: false, configurable: true };
    shape = { prototype: Object.create(meta.prototype, slots), props };
    shapes.set(meta, shape);
  }
  return shape;
}

/** A numeric column that came as a JSON number, as the decimal string the entity holds. */
function decimalFromJson(prop: { type: string; columnTypes?: string[]; scale?: number }, value: number): unknown {
  if (prop.type !== 'decimal' && prop.type !== 'DecimalType' && !/^(numeric|decimal)/.test(prop.columnTypes?.[0] ?? '')) return value;
  return prop.scale !== undefined ? value.toFixed(prop.scale) : String(value);
}

/** A column value as the entity holds it, also when it came as JSON (numbers, date strings). */
function fromJson(prop: { type: string; columnTypes?: string[]; scale?: number; runtimeType?: string }, value: unknown): unknown {
  if (typeof value === 'number') return decimalFromJson(prop, value);
  if (typeof value === 'string' && prop.runtimeType === 'Date') return new Date(value);
  return value;
}
