import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/ui/format.js';
import { languageName } from '../../i18n/i18n.js';
import { VISIBILITY_DIMENSIONS } from '../../utils/visibility.js';
import type { Customer } from './action-result.js';

// The read-only parts of the customer page: its details, contacts and delivery sites, and the
// staff's audit trail of it.

function VisibilitySummary({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const restricted = VISIBILITY_DIMENSIONS.filter((d) => customer.visibility[d].length > 0);
  if (restricted.length === 0) return <>{t('visibility.everything')}</>;
  return (
    <ul className="plain-list">
      {restricted.map((d) => (
        <li key={d}>
          <span className="muted">{t(`visibility.${d}`)}:</span> {customer.visibility[d].map((x) => x.name).join(', ')}
        </li>
      ))}
    </ul>
  );
}

/** The customer's details (language, price level, storage location, private message, visibility), contacts and delivery sites. */
export function CustomerDetails({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="detail-grid">
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title" className="card__title">
          {t('customers.details')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('customers.documentLanguage')}</dt>
            <dd>{languageName(customer.documentLanguage, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('customers.priceLevel')}</dt>
            <dd>{customer.priceLevel?.name ?? t('customers.default')}</dd>
          </div>
          <div>
            <dt>{t('customers.storageLocation')}</dt>
            <dd>{customer.storageLocation?.name ?? t('customers.default')}</dd>
          </div>
          <div>
            <dt>{t('customers.since')}</dt>
            <dd>
              <DateTime value={customer.createdAt} />
            </dd>
          </div>
          <div>
            <dt>{t('customerTax.vatNumber')}</dt>
            <dd className="mono" data-testid="customer-vat-number">
              {customer.vatNumber || <span className="muted">{t('customerTax.noVatNumber')}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('customerTax.exemption')}</dt>
            <dd data-testid="customer-tax-exemption">{t(`customerTax.exemptions.${customer.taxExemption ?? 'NONE'}`)}</dd>
          </div>
          {customer.taxExemptionMention ? (
            <div className="facts__wide">
              <dt>{t('customerTax.mention')}</dt>
              <dd className="pre-line" data-testid="customer-tax-mention">
                {customer.taxExemptionMention}
              </dd>
            </div>
          ) : null}
          <div className="facts__wide">
            <dt>{t('customers.privateMessage')}</dt>
            <dd className="pre-line">{customer.privateMessage || <span className="muted">{t('customers.noPrivateMessage')}</span>}</dd>
          </div>
          <div className="facts__wide">
            <dt>{t('visibility.title')}</dt>
            <dd>
              <VisibilitySummary customer={customer} />
            </dd>
          </div>
        </dl>
      </section>

      <section className="card card--flush" aria-labelledby="contacts-title">
        <h2 id="contacts-title" className="card__title card__title--padded">
          {t('customers.contacts')}
        </h2>
        {customer.contacts.length === 0 ? (
          <p className="muted card__padded">{t('customers.noContacts')}</p>
        ) : (
          <ul className="contact-list">
            {customer.contacts.map((c) => (
              <li key={c.id}>
                <p className="contact-list__name">
                  {c.name || '—'}
                  {c.position === 0 ? <span className="badge badge--neutral badge--inline">{t('customers.primary')}</span> : null}
                </p>
                <dl className="contact-list__details">
                  <div>
                    <dt>{t('customers.contactEmail')}</dt>
                    <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('customers.contactPhone')}</dt>
                    <dd>{c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : '—'}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <h2 id="sites-title" className="card__title card__title--padded">
          {t('customers.deliverySites')}
        </h2>
        {customer.deliverySites.length === 0 ? (
          <p className="muted card__padded">{t('customers.noDeliverySites')}</p>
        ) : (
          <ul className="contact-list" aria-labelledby="sites-title">
            {customer.deliverySites.map((s, i) => (
              <li key={s.id}>
                <p className="contact-list__name">
                  {s.name}
                  {i === 0 ? <span className="badge badge--neutral badge--inline">{t('customers.defaultSite')}</span> : null}
                </p>
                <p className="muted small">
                  {s.street}, {s.postalCode} {s.city}, {s.country}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
