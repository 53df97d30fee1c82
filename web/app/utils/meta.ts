import type { MetaDescriptor } from '@remix-run/react';
import type { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, fixedT } from '../i18n/i18n.js';

export interface RootData {
  language: string;
  storeName: string;
  viewerKind: string;
}

interface MatchLike {
  id: string;
  data?: unknown;
}

function rootData(matches: readonly MatchLike[]): RootData | undefined {
  return matches.find((m) => m.id === 'root')?.data as RootData | undefined;
}

/**
 * `<title>` of a page, translated: "Cart · Comptoir Demo Wholesale" in the store,
 * "Customers · Hub · Comptoir Demo Wholesale" in the hub.
 */
export function pageTitle(matches: readonly MatchLike[], title: (t: TFunction) => string, area: 'store' | 'hub' = 'store'): MetaDescriptor[] {
  const root = rootData(matches);
  const t = fixedT(root?.language ?? DEFAULT_LANGUAGE);
  const site = root?.storeName ?? 'Comptoir';
  const parts = [title(t), area === 'hub' ? t('hub.title') : null, site].filter(Boolean);
  return [{ title: parts.join(' · ') }];
}
