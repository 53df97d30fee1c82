/** An admin changed store settings: each changed field with its value before and after. */
export class StoreSettingsUpdatedEvent {
  constructor(readonly changes: Array<{ field: string; before: string | null; after: string | null }>) {}
}
