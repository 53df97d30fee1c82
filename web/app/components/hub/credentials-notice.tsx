import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n/i18n.js';

export interface Credentials {
  kind: 'granted' | 'regenerated';
  email: string;
  status: string;
  temporaryPassword: string | null;
  whatsAppUrl: string | null;
}

/**
 * The credentials just issued (A3, A5), shown once: username, temporary password, where they were
 * emailed, and a WhatsApp share link with the message in the customer's language (A10).
 */
export function CredentialsNotice({ credentials, documentLanguage }: { credentials: Credentials; documentLanguage: string }) {
  const { t, i18n } = useTranslation();
  const titleId = `credentials-${credentials.kind}`;
  return (
    <div className="alert alert--success" role="status" aria-labelledby={titleId}>
      <h3 className="alert__title" id={titleId}>
        {credentials.kind === 'granted' ? t('access.granted.title') : t('access.regenerated.title')}
      </h3>
      <dl className="credentials">
        <div>
          <dt>{t('access.granted.username')}</dt>
          <dd className="mono">{credentials.email}</dd>
        </div>
        {credentials.temporaryPassword ? (
          <div>
            <dt>{t('access.granted.temporaryPassword')}</dt>
            <dd className="mono" data-testid="temporary-password">
              {credentials.temporaryPassword}
            </dd>
          </div>
        ) : null}
      </dl>
      <p>{t('access.granted.emailed', { language: languageName(documentLanguage, i18n.language) })}</p>
      {credentials.status === 'PENDING_APPROVAL' ? <p>{t('access.granted.pending')}</p> : null}
      {credentials.whatsAppUrl ? (
        <p>
          <a className="button button--whatsapp button--small" href={credentials.whatsAppUrl} target="_blank" rel="noopener noreferrer">
            {t('access.whatsApp')}
            <span className="visually-hidden"> {t('common.newTab')}</span>
          </a>
        </p>
      ) : null}
      <p className="small">{t('access.granted.once')}</p>
    </div>
  );
}
