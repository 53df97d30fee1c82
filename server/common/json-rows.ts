import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, type EntityName } from '@mikro-orm/core';

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
 * A row read for display only, as an instance of the entity class that the entity manager does not
 * know: scalar columns copied, many-to-one columns as id-only stubs of the target class, no
 * collections, no identity map entry and no change-tracking snapshot — which are most of the cost
 * of mapping a page of products with the ORM. Never flush it; load the entity to change it.
 */
export function readOnlyEntity<T extends object>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity);
  const out = Object.create(meta.prototype) as Record<string, unknown>;
  for (const prop of meta.props) {
    const column = prop.fieldNames?.[0];
    if (!column || !(column in row)) continue;
    const value = row[column];
    if (prop.kind === ReferenceKind.SCALAR) out[prop.name] = fromJson(prop, value);
    else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      out[prop.name] = value === null || value === undefined ? null : Object.assign(Object.create(prop.targetMeta!.prototype), { id: value });
    }
  }
  return out as T;
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
