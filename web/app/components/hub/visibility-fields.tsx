import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIBILITY_DIMENSIONS, type VisibilityDimension } from '../../utils/visibility.js';

type Named = { id: string; name: string };
export type VisibilityOptions = Record<VisibilityDimension, readonly Named[]>;
export type VisibilitySelection = Partial<Record<VisibilityDimension, readonly string[]>>;

/**
 * What a customer may see (C2): one list of checkboxes per dimension (tags, seasons, brands,
 * manufacturers). Nothing ticked in a dimension means no restriction on it. Checkboxes rather than
 * multi-selects (issue 17 H6): a multi-select needs Ctrl-click, which a touch screen does not have.
 * The form posts the same `visibility.<dimension>` values either way.
 */
export function VisibilityFields({
  options,
  selected = {},
  errors = {},
  legend,
}: {
  options: VisibilityOptions;
  selected?: VisibilitySelection;
  errors?: Record<string, string[]>;
  legend?: string;
}) {
  const { t } = useTranslation();
  const base = useId();
  return (
    <fieldset className="visibility-fields">
      <legend>{legend ?? t('visibility.title')}</legend>
      <p className="field__hint">{t('visibility.hint')}</p>
      <div className="form-grid">
        {VISIBILITY_DIMENSIONS.map((dimension) => {
          const choices = options[dimension];
          const chosen = new Set(selected[dimension] ?? []);
          const fieldErrors = errors[`visibility.${dimension}`];
          const hintId = `${base}-${dimension}-hint`;
          const errorsId = `${base}-${dimension}-errors`;
          return (
            <fieldset
              key={dimension}
              className={['field', 'choice-list', fieldErrors?.length ? 'field--invalid' : ''].filter(Boolean).join(' ')}
              aria-describedby={[hintId, fieldErrors?.length ? errorsId : ''].filter(Boolean).join(' ')}
            >
              <legend>{t(`visibility.${dimension}`)}</legend>
              {choices.length > 0 ? (
                <ul className="choice-list__items">
                  {choices.map((c) => (
                    <li key={c.id}>
                      <label className="choice-list__item">
                        <input type="checkbox" name={`visibility.${dimension}`} value={c.id} defaultChecked={chosen.has(c.id)} />
                        <span>{c.name}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="field__hint" id={hintId}>
                {choices.length === 0 ? t('visibility.noneDefined') : t('visibility.tickHint')}
              </p>
              {fieldErrors?.length ? (
                <ul className="field__errors" id={errorsId}>
                  {fieldErrors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : null}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
