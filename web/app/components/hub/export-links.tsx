import { useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { withoutBanner } from '../../utils/banner-params.js';

/**
 * Downloads of the list as filtered on screen (every page, not only this one), from the server's
 * export routes, which the staff session cookie authenticates.
 */
export function ExportLinks({ name }: { name: 'orders' | 'customers' | 'products' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = withoutBanner(params);
  filters.delete('after');
  filters.delete('before');
  const query = filters.toString() ? `?${filters}` : '';
  return (
    <>
      <a href={`/api/exports/${name}.csv${query}`} className="button button--ghost" download>
        {t('exports.csv')}
      </a>
      <a href={`/api/exports/${name}.xlsx${query}`} className="button button--ghost" download>
        {t('exports.xlsx')}
      </a>
    </>
  );
}
