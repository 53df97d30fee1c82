import { Form, Link, useSubmit } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SORT, FACETS, SORTS, activeFilterCount, toggleFilter, withoutFilters, type CatalogQuery, type SortKey } from '../../utils/catalog-query.js';
import { useHydrated } from '../../utils/hydrated.js';

export interface FacetValue {
  id: string;
  name: string;
  count: number;
}

export type Facets = Record<(typeof FACETS)[number]['key'], FacetValue[]>;

/** Hidden inputs that carry the rest of the query when one part of it changes. */
function Carry({ query, skip }: { query: CatalogQuery; skip: 'filters' | 'sort' }) {
  return (
    <>
      {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
      {skip !== 'sort' && query.sort !== DEFAULT_SORT ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {skip !== 'filters'
        ? FACETS.flatMap((f) => query.filters[f.param].map((id) => <input key={`${f.param}-${id}`} type="hidden" name={f.param} value={id} />))
        : null}
    </>
  );
}

/**
 * The filter panel: one group of checkboxes per dimension, each value with how many products it
 * would leave (the API's facet counts, which never count what the customer may not see). A
 * GET form, so the filters are in the URL; with JavaScript a change applies at once. On a phone the
 * panel starts folded so the products come first.
 */
export function CatalogFilters({ query, facets, resultCount }: { query: CatalogQuery; facets: Facets; resultCount: number }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const hydrated = useHydrated();
  const details = useRef<HTMLDetailsElement>(null);
  const active = activeFilterCount(query);

  useEffect(() => {
    if (details.current && window.matchMedia('(max-width: 760px)').matches) details.current.open = false;
  }, []);

  const groups = FACETS.map((f) => {
    const values = facets[f.key];
    // A selected value the current search leaves no product for is still listed, so it can be unticked.
    const missing = query.filters[f.param].filter((id) => !values.some((v) => v.id === id));
    return { ...f, values: [...values, ...missing.map((id) => ({ id, name: t('storeCatalog.selectedValue'), count: 0 }))] };
  }).filter((g) => g.values.length > 0);

  return (
    <details className="facets" open ref={details}>
      <summary className="facets__summary">
        <span>{t('storeCatalog.filters')}</span>
        {active ? <span className="count-badge">{active}</span> : null}
      </summary>
      <Form
        method="get"
        action="/"
        className="facets__form"
        key={JSON.stringify(query.filters) + query.q}
        onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}
      >
        <Carry query={query} skip="filters" />
        {groups.length === 0 ? <p className="muted facets__none">{t('storeCatalog.noFilters')}</p> : null}
        {groups.map((group) => (
          <fieldset key={group.param} className="facet">
            <legend className="facet__legend">{t(`storeCatalog.facet.${group.param}`)}</legend>
            <ul className={`facet__list${group.values.length > 8 ? ' facet__list--long' : ''}`}>
              {group.values.map((value) => (
                <li key={value.id}>
                  <label className="facet__option">
                    <input type="checkbox" name={group.param} value={value.id} defaultChecked={query.filters[group.param].includes(value.id)} />
                    <span className="facet__name">{value.name}</span>
                    <span className="facet__count">{value.count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        {groups.length > 0 && !hydrated ? (
          <button type="submit" className="button button--secondary button--block">
            {t('storeCatalog.applyFilters')}
          </button>
        ) : null}
        {active ? (
          <Link to={withoutFilters(query)} className="button button--ghost button--block" preventScrollReset>
            {t('storeCatalog.clearFilters')}
          </Link>
        ) : null}
        {hydrated ? (
          // Phones only (CSS): fold the panel and go to the products once the filters are chosen.
          <button
            type="button"
            className="button button--primary button--block facets__done"
            onClick={() => {
              if (details.current) details.current.open = false;
              document.getElementById('catalog-results')?.scrollIntoView({ block: 'start' });
            }}
          >
            {t('storeCatalog.showResults', { count: resultCount })}
          </button>
        ) : null}
      </Form>
    </details>
  );
}

/** The selected filters as removable chips, and "Clear filters". */
export function ActiveFilters({ query, facets }: { query: CatalogQuery; facets: Facets }) {
  const { t } = useTranslation();
  const chips = FACETS.flatMap((f) =>
    query.filters[f.param].map((id) => ({
      param: f.param,
      id,
      name: facets[f.key].find((v) => v.id === id)?.name ?? t('storeCatalog.selectedValue'),
    })),
  );
  if (chips.length === 0) return null;
  return (
    <div className="active-filters">
      <ul className="active-filters__list" aria-label={t('storeCatalog.activeFilters')}>
        {chips.map((chip) => (
          <li key={`${chip.param}-${chip.id}`}>
            <Link
              to={toggleFilter(query, chip.param, chip.id)}
              className="chip"
              aria-label={t('storeCatalog.removeFilter', { facet: t(`storeCatalog.facet.${chip.param}`), name: chip.name })}
              preventScrollReset
            >
              <span className="chip__facet">{t(`storeCatalog.facet.${chip.param}`)}:</span> {chip.name} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to={withoutFilters(query)} className="active-filters__clear" preventScrollReset>
        {t('storeCatalog.clearFilters')}
      </Link>
    </div>
  );
}

/** Sorting: whatever orders the API offers; a GET form that applies on change with JavaScript. */
export function CatalogSort({ query }: { query: CatalogQuery }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const hydrated = useHydrated();
  return (
    <Form method="get" action="/" className="catalog-sort" key={query.sort} onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}>
      <Carry query={query} skip="sort" />
      <label htmlFor="catalog-sort">{t('storeCatalog.sortLabel')}</label>
      <select id="catalog-sort" name="sort" defaultValue={query.sort}>
        {(Object.keys(SORTS) as SortKey[]).map((key) => (
          <option key={key} value={key}>
            {t(`storeCatalog.sort.${key}`)}
          </option>
        ))}
      </select>
      {hydrated ? null : (
        <button type="submit" className="button button--secondary button--small">
          {t('storeCatalog.applySort')}
        </button>
      )}
    </Form>
  );
}
