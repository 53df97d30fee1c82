import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/fields.js';
import { SubmitButton } from '../../components/ui/submit-button.js';
import type { ActionResult, Kind } from './kinds.js';

// One managed list (C3): its items, each renamed or deleted in place (the row form, itemSchema), and
// the form that adds one (createSchema). Server side: lists.server.ts.

/** One list's card; the action's answer shows in the card of the list it was about. */
export function ListSection({ kind, items }: { kind: Kind; items: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const result = useActionData<ActionResult>();
  const mine = result?.kind === kind ? result : null;
  const titleId = `list-${kind}`;
  const createErrors = mine?.op === 'create' && !mine.done ? mine.errors : undefined;
  return (
    <section className="card hubcat-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t(`hubCatalog.lists.${kind}.title`)} <span className="muted small">({items.length})</span>
      </h2>
      {mine?.done ? (
        <div className="alert alert--success" role="status">
          <p>{t(`hubCatalog.lists.done.${mine.op}`, { name: mine.name })}</p>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t('hubCatalog.lists.empty')}</p>
      ) : (
        <ul className="hubcat-list__items">
          {items.map((item) => {
            const rowErrors = mine && !mine.done && mine.op !== 'create' && mine.id === item.id ? mine.errors : undefined;
            return (
              <li key={item.id}>
                <Form method="post" className="hubcat-inline" key={`${item.id}-${item.name}`}>
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <TextField
                    label={t('hubCatalog.lists.nameOf', { name: item.name })}
                    fieldClassName="hubcat-inline__field"
                    name="name"
                    defaultValue={mine?.op === 'rename' && mine.id === item.id && !mine.done ? mine.name : item.name}
                    required
                    maxLength={100}
                    autoComplete="off"
                    errors={mine?.op === 'rename' ? rowErrors : undefined}
                  />
                  <div className="hubcat-inline__actions">
                    <SubmitButton className="button button--secondary button--small" intent={`${kind}:rename`}>
                      {t('hubCatalog.lists.rename')}
                    </SubmitButton>
                    <SubmitButton
                      className="button button--ghost button--small"
                      intent={`${kind}:delete`}
                      aria-label={t('hubCatalog.lists.deleteLabel', { name: item.name })}
                      formNoValidate
                    >
                      {t('hubCatalog.lists.delete')}
                    </SubmitButton>
                  </div>
                </Form>
                {mine?.op === 'delete' && rowErrors ? (
                  <div className="alert alert--error" role="alert">
                    <p className="alert__title">{t('hubCatalog.lists.deleteRefused', { name: item.name })}</p>
                    {rowErrors.map((e) => (
                      <p key={e}>{e}</p>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Form method="post" className="hubcat-inline hubcat-inline--add" key={mine?.op === 'create' && mine.done ? `added-${mine.name}` : 'add'}>
        <input type="hidden" name="kind" value={kind} />
        <TextField
          label={t(`hubCatalog.lists.${kind}.new`)}
          fieldClassName="hubcat-inline__field"
          name="name"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={createErrors ? mine?.name : ''}
          errors={createErrors}
        />
        <div className="hubcat-inline__actions">
          <SubmitButton className="button button--primary button--small" intent={`${kind}:create`}>
            {t(`hubCatalog.lists.${kind}.add`)}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}
