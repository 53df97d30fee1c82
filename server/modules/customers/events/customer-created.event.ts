import type { Customer } from '../entities/customer.entity.js';

/** A customer was created: by staff, by an integrator's customersUpsert, or by approving a registration. */
export class CustomerCreatedEvent {
  constructor(readonly customer: Customer) {}
}
