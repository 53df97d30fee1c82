import type { CustomerStatus, Language, StoreAccessStatus } from '../graphql/generated/graphql.js';

export const CUSTOMER_STATUSES: CustomerStatus[] = ['ACTIVE', 'EXCLUDED', 'ARCHIVED'];
export const ACCESS_STATUSES: StoreAccessStatus[] = ['NONE', 'ACTIVE', 'PENDING_APPROVAL', 'BLOCKED'];
const LANGUAGE_VALUES: Language[] = ['EN', 'FR', 'NL', 'DE', 'PT', 'ES'];

/** The customer list's filters (A2), as they travel in a URL: q, status, priceLevel, language, access. */
export interface CustomerFilter {
  query: string | null;
  status: CustomerStatus | null;
  priceLevelId: string | null;
  language: Language | null;
  accessStatus: StoreAccessStatus | null;
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function customerFilterFromParams(params: URLSearchParams): CustomerFilter {
  return {
    query: params.get('q')?.trim() || null,
    status: pick(params.get('status'), CUSTOMER_STATUSES),
    priceLevelId: params.get('priceLevel')?.trim() || null,
    language: pick(params.get('language')?.toUpperCase() ?? null, LANGUAGE_VALUES),
    accessStatus: pick(params.get('access'), ACCESS_STATUSES),
  };
}

/** The filter back as URL parameters (only what is set). */
export function customerFilterParams(filter: CustomerFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.query) params.set('q', filter.query);
  if (filter.status) params.set('status', filter.status);
  if (filter.priceLevelId) params.set('priceLevel', filter.priceLevelId);
  if (filter.language) params.set('language', filter.language);
  if (filter.accessStatus) params.set('access', filter.accessStatus);
  return params;
}

export function isFiltered(filter: CustomerFilter): boolean {
  return Object.values(filter).some((v) => v !== null);
}
