import type { Language } from '../../../common/language.js';
import type { StoreAccess } from '../entities/store-access.entity.js';

/** Staff changed the store language of an access's user (issue 17, H2): its emails follow it. */
export class StoreAccessLanguageChangedEvent {
  constructor(
    readonly access: StoreAccess,
    readonly previous: Language,
  ) {}
}
