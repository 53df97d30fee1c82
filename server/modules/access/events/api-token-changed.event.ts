import type { ApiToken } from '../entities/api-token.entity.js';

/** An admin created or revoked an API token (its secret is never part of the event). */
export class ApiTokenChangedEvent {
  constructor(
    readonly apiToken: ApiToken,
    readonly change: 'CREATED' | 'REVOKED',
  ) {}
}
