import type { Customer } from '../entities/customer.entity.js';

/**
 * A customer changed (its fields, contacts, delivery sites, visibility, or its exclusion): by
 * staff or by customersUpsert. Not published when an update changes nothing.
 */
export class CustomerUpdatedEvent {
  constructor(readonly customer: Customer) {}
}
