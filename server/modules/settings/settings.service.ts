import type { EntityManager } from '@mikro-orm/postgresql';
import { StoreSettings } from './entities/store-settings.entity.js';

/** The store's settings row (created by the initial migration). */
export async function getSettings(em: EntityManager): Promise<StoreSettings> {
  return em.findOneOrFail(StoreSettings, { id: 1 });
}
