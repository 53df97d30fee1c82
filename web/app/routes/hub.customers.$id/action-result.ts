import type { Credentials } from '../../components/hub/credentials-notice.js';
import type { CustomerQuery } from '../../graphql/generated/graphql.js';
import type { FormErrors } from '../../utils/form-errors.js';
import type { VisibilityDimension } from '../../utils/visibility.js';

export type Customer = CustomerQuery['customer'];

/** What the page's action answers when it does not redirect: one shape per form, told apart by `intent`. */
export type ActionResult =
  | { intent: 'customerNumber'; errors: FormErrors; value: string }
  | { intent: 'grant'; ok: true; credentials: Credentials }
  | {
      intent: 'grant';
      ok: false;
      errors: FormErrors;
      values: { email: string; language: string; passwordMode: string; privateMessage: string; handOver: string };
      visibility: Record<VisibilityDimension, string[]>;
    }
  | { intent: 'regenerate'; credentials: Credentials }
  | { intent: 'access'; accessId: string; errors: string[] }
  | { intent: 'exclude'; errors: FormErrors; reason: string }
  | { intent: 'lift'; errors: string[] };

/** The customer page's address, where every form of it posts. */
export const customerPage = (id: string) => `/hub/customers/${encodeURIComponent(id)}`;
