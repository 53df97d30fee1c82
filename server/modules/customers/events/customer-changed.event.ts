import type { Customer } from '../entities/customer.entity.js';

/** What happened to the customer. Every kind but CREATED is a `customer.updated` webhook. */
export type CustomerChange = 'CREATED' | 'UPDATED' | 'EXCLUDED' | 'EXCLUSION_LIFTED';

/**
 * Who changed it: the customer mutations (staff or an API token: `customerCreate`, `customerUpdate`,
 * `customerExclude`, `customerExclusionLift`), the ERP bulk sync (`customersUpsert`), or a
 * registration approval that created the customer.
 */
export type CustomerChangeSource = 'CUSTOMER_MUTATION' | 'CUSTOMERS_UPSERT' | 'REGISTRATION_APPROVAL';

/**
 * A customer was created or changed (its fields, contacts, delivery sites, visibility, or its
 * exclusion). The one event of the customers module (decision 52): the audit trail and the webhook
 * outbox both subscribe to it. Published in the changing transaction, before (or, for the bulk
 * sync, right after) its flush, so what handlers write commits with the change. Not published when
 * an update changes nothing.
 */
export class CustomerChangedEvent {
  constructor(
    readonly customer: Customer,
    readonly change: CustomerChange,
    readonly source: CustomerChangeSource,
  ) {}
}
