import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import type { ActionResult, GridResult } from './action-result.js';

// C2: the price grid (a price per level) and the stock grid (a quantity per location), each one form
// with its errors next to each cell. Server side: grids.server.ts.

interface GridRow {
  id: string;
  label: string;
  value: string;
  isDefault: boolean;
}

/** A grid of amounts (prices per level or stock per location) as one form, errors next to each cell. */
export function GridForm({
  intent,
  title,
  hint,
  rows,
  submitLabel,
  savedText,
  emptyText,
  invalidText,
  numeric,
}: {
  intent: 'prices' | 'stock';
  title: string;
  hint: string;
  rows: GridRow[];
  submitLabel: string;
  savedText: string;
  emptyText: string;
  invalidText: string;
  numeric: boolean;
}) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const result: GridResult | null = actionData && (actionData.intent === 'prices' || actionData.intent === 'stock') && actionData.intent === intent ? actionData : null;
  const titleId = `${intent}-title`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {title}
      </h2>
      {result?.saved ? (
        <div className="alert alert--success" role="status">
          <p>{savedText}</p>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <Form method="post" className="form hubcat-grid" aria-labelledby={titleId} key={result?.saved ? 'saved' : intent}>
          <p className="field__hint">{hint}</p>
          {result && !result.saved ? <FormErrorSummary errors={[t('hubCatalog.product.gridErrors')]} /> : null}
          {rows.map((row) => {
            const errors = [...(result?.invalid.includes(row.id) ? [invalidText] : []), ...(result?.fieldErrors[row.id] ?? [])];
            return (
              <TextField
                key={row.id}
                id={`${intent}-${row.id}`}
                label={row.isDefault ? `${row.label} (${t('hubCatalog.defaultBadge')})` : row.label}
                name={`${intent === 'prices' ? 'price' : 'stock'}-${row.id}`}
                inputMode={numeric ? 'numeric' : 'decimal'}
                autoComplete="off"
                defaultValue={result && !result.saved ? (result.cells[row.id] ?? row.value) : row.value}
                errors={errors.length ? errors : undefined}
              />
            );
          })}
          <div className="form-actions">
            <SubmitButton className="button button--secondary" intent={intent}>
              {submitLabel}
            </SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}
