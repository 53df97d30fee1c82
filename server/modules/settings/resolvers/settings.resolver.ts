import { Ctx as Context, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { StoreSettings } from '../entities/store-settings.entity.js';
import { getSettings } from '../settings.service.js';

@Resolver()
export class SettingsResolver {
  @Query(() => StoreSettings, { description: 'The store\'s settings; public, as the sign-in page shows the store name.' })
  storeSettings(@Context() ctx: Ctx): Promise<StoreSettings> {
    return getSettings(ctx.em);
  }
}
