import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityName } from '@mikro-orm/core';

/**
 * Turns a row that PostgreSQL returned as JSON (`row_to_json(t)`) into a managed entity, as
 * `em.map` does for a plain row: lets one statement bring several related rows (the viewer, its
 * customer, the catalog defaults) instead of one round trip each. JSON has no decimal type, so
 * numeric columns arrive as numbers: they are turned back into the strings the entities hold.
 * These are managed entities (in the identity map, change-tracked). Rows read for display only
 * are the catalog read model's frozen records instead (server/modules/catalog/read-model).
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

/** A numeric column that came as a JSON number, as the decimal string the entity holds. */
function decimalFromJson(prop: { type: string; columnTypes?: string[]; scale?: number }, value: number): unknown {
  if (prop.type !== 'decimal' && prop.type !== 'DecimalType' && !/^(numeric|decimal)/.test(prop.columnTypes?.[0] ?? '')) return value;
  return prop.scale !== undefined ? value.toFixed(prop.scale) : String(value);
}
