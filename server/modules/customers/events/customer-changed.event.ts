import type { Customer } from '../entities/customer.entity.js';

/**
 * Staff or an API token created, changed, excluded or re-admitted a customer through the customer
 * mutations (not the ERP bulk sync). Published before the service's flush, so what handlers write
 * (the audit row) commits with the change.
 */
export class CustomerChangedEvent {
  constructor(
    readonly customer: Customer,
    readonly change: 'CREATED' | 'UPDATED' | 'EXCLUDED' | 'EXCLUSION_LIFTED',
  ) {}
}
