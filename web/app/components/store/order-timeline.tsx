import { useTranslation } from 'react-i18next';
import type { OrderQuery } from '../../graphql/generated/graphql.js';
import { DateTime, Money } from '../ui/format.js';

type Entry = OrderQuery['order']['timeline'][number];

function Actor({ entry, store }: { entry: Entry; store: boolean }) {
  const { t } = useTranslation();
  // The API names an integration "the supplier's system" for customers; the store words it in a sentence.
  if (store && entry.actorKind === 'INTEGRATOR') return <>{t('orderFlow.timeline.bySupplierSystem')}</>;
  if (entry.actorName) return <>{t('orderFlow.timeline.by', { name: entry.actorName })}</>;
  if (entry.actorKind === 'STAFF') return <>{t('orderFlow.timeline.bySupplier')}</>;
  if (entry.actorKind === 'INTEGRATOR') return <>{t('orderFlow.timeline.byIntegration')}</>;
  return null;
}

/** What happened to an order, oldest first (O4, O6): used by the store (`store`) and the hub. */
export function OrderTimeline({ entries, store = false }: { entries: readonly Entry[]; store?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="order-timeline">
      <h2 id="order-timeline" className="card__title">
        {t('orderFlow.timeline.title')}
      </h2>
      <ol className="order-timeline">
        {entries.map((entry, i) => (
          <li key={`${entry.kind}-${entry.at}-${i}`} className={`order-timeline__item order-timeline__item--${entry.kind.toLowerCase()}`}>
            <span className="order-timeline__dot" aria-hidden="true" />
            <div className="order-timeline__body">
              <p className="order-timeline__what">
                <span className="strong">{t(`orderFlow.timeline.kind.${entry.kind}`)}</span>
                {entry.kind === 'SHIPPING_COST_CHANGED' ? (
                  <span>
                    {' '}
                    <Money value={entry.previousShippingCost} /> → <Money value={entry.shippingCost} />
                  </span>
                ) : null}
                {entry.kind === 'ACKNOWLEDGED' ? (
                  <span>
                    {' '}
                    {entry.previousExternalReference ? <>{entry.previousExternalReference} → </> : null}
                    {entry.externalReference}
                  </span>
                ) : null}
              </p>
              <p className="muted small">
                <DateTime value={entry.at} withTime /> · <Actor entry={entry} store={store} />
              </p>
              {entry.reason ? (
                <p className="order-timeline__reason">
                  <span className="muted">{t('orderFlow.timeline.reason')}</span> <span className="pre-line">{entry.reason}</span>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
