// The store access status enum, shared by the access module (its owner: StoreAccess.status) and the
// customers module (the customer list's `accessStatus` filter). It lives here, outside both, so that
// customers does not import access, which depends on customers (decision 41).
import { registerEnumType } from 'type-graphql';

/** Where one customer email stands with the store. */
export enum StoreAccessStatus {
  NONE = 'NONE',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  ACTIVE = 'ACTIVE',
  BLOCKED = 'BLOCKED',
}
registerEnumType(StoreAccessStatus, {
  name: 'StoreAccessStatus',
  description: 'Where one customer email stands with the store.',
  valuesConfig: {
    NONE: { description: 'No access was granted to this email.' },
    PENDING_APPROVAL: { description: 'Granted but awaiting staff approval: the user may sign in and browse, not order.' },
    ACTIVE: { description: 'The user may sign in and order.' },
    BLOCKED: { description: 'The user may not sign in; existing sessions were ended.' },
  },
});
