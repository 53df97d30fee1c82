import type { EntityManager, EntityName } from '@mikro-orm/core';
import type { TFunction } from 'i18next';
import { UserErrorCode, userError, type UserError } from './errors.js';

/**
 * A TOO_LONG userError (field `path` + the property) for each string of `values` longer than the
 * column it is stored in. The limit is read from the entity's mapping (`@Property({ length })`), so
 * it is written once, where the column is declared, and a value over it is the caller's mistake
 * told in their language, never PostgreSQL's "value too long" surfacing as a 500. Lengths are
 * counted in characters (code points), as PostgreSQL counts them.
 */
export function columnLengthErrors<T extends object>(
  em: EntityManager,
  t: TFunction,
  entity: EntityName<T>,
  values: Partial<Record<keyof T & string, string | null | undefined>>,
  path: string[],
): UserError[] {
  const properties = em.getMetadata().get(entity).properties as Record<string, { length?: number } | undefined>;
  const errors: UserError[] = [];
  for (const [key, value] of Object.entries(values)) {
    const max = properties[key]?.length;
    if (typeof value === 'string' && typeof max === 'number' && [...value].length > max) {
      errors.push(userError(t, UserErrorCode.TOO_LONG, [...path, key], { max }));
    }
  }
  return errors;
}
