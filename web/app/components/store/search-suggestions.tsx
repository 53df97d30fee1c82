import { useFetcher, useNavigate } from '@remix-run/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../ui/format.js';
import type { loader } from '../../routes/search-suggestions.js';

/**
 * The store's search field, suggesting products as one types (issue 18 M3): a combobox (ARIA 1.2
 * pattern) whose options are links to the products, each with its reference and the viewer's
 * price. Arrow keys move, Enter opens the highlighted product (else the form searches as before),
 * Escape closes. Without JavaScript it is the plain search field.
 */
export function SearchSuggestions({ id, defaultValue, placeholder }: { id: string; defaultValue: string; placeholder: string }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof loader>();
  const navigate = useNavigate();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  const typed = value.trim();
  const items = fetcher.data && fetcher.data.q === typed ? fetcher.data.items : [];
  const shown = open && typed.length >= 2 && items.length > 0;
  const none = open && typed.length >= 2 && fetcher.state === 'idle' && fetcher.data?.q === typed && items.length === 0;

  const href = (productId: string) => `/products/${encodeURIComponent(productId)}`;

  return (
    <div
      className="search-suggest"
      ref={box}
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          setOpen(true);
          setActive(-1);
          clearTimeout(timer.current);
          if (next.trim().length >= 2) timer.current = setTimeout(() => fetcher.load(`/search-suggestions?q=${encodeURIComponent(next.trim())}`), 180);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            setActive(-1);
          } else if (e.key === 'ArrowDown' && items.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % items.length);
          } else if (e.key === 'ArrowUp' && items.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
          } else if (e.key === 'Enter' && shown && active >= 0) {
            e.preventDefault();
            setOpen(false);
            navigate(href(items[active].id));
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('catalog.suggestions')} className="search-suggest__list" hidden={!shown}>
        {shown
          ? items.map((p, i) => (
              // An option holds no link (axe: nested-interactive): a pointer picks it, the keyboard
              // goes through the field (arrows, Enter), as the combobox pattern has it.
              <li
                key={p.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`search-suggest__item${i === active ? ' is-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setOpen(false);
                  navigate(href(p.id));
                }}
              >
                <span className="search-suggest__name">{p.name}</span>
                <span className="search-suggest__meta">
                  <span className="mono">{p.reference}</span>
                  <Money value={p.price} fallback={t('product.notOrderable')} />
                </span>
              </li>
            ))
          : null}
      </ul>
      {none ? (
        <p className="search-suggest__none muted small" role="status">
          {t('catalog.noSuggestions')}
        </p>
      ) : null}
    </div>
  );
}
