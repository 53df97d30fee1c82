import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/fields.js';
import { VISIBILITY_DIMENSIONS, type VisibilityDimension } from '../../utils/visibility.js';

type Named = { id: string; name: string };
export type VisibilityOptions = Record<VisibilityDimension, readonly Named[]>;
export type VisibilitySelection = Partial<Record<VisibilityDimension, readonly string[]>>;

/**
 * What a customer may see (C2): one multi-select per dimension (tags, seasons, brands,
 * manufacturers). Nothing selected in a dimension means no restriction on it.
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
  return (
    <fieldset className="visibility-fields">
      <legend>{legend ?? t('visibility.title')}</legend>
      <p className="field__hint">{t('visibility.hint')}</p>
      <div className="form-grid">
        {VISIBILITY_DIMENSIONS.map((dimension) => {
          const choices = options[dimension];
          return (
            <SelectField
              key={dimension}
              label={t(`visibility.${dimension}`)}
              name={`visibility.${dimension}`}
              multiple
              size={Math.min(Math.max(choices.length, 3), 6)}
              defaultValue={[...(selected[dimension] ?? [])]}
              hint={choices.length === 0 ? t('visibility.noneDefined') : t('visibility.multiHint')}
              errors={errors[`visibility.${dimension}`]}
              disabled={choices.length === 0}
            >
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          );
        })}
      </div>
    </fieldset>
  );
}
