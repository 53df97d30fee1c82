import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../utils/form-errors.js';
import type { ProductFormValues } from '../../utils/product-form.js';
import { CheckboxField, FormErrorSummary, SelectField, TextAreaField, TextField } from '../ui/fields.js';
import { SubmitButton } from '../ui/submit-button.js';

interface Option {
  id: string;
  name: string;
}

interface Props {
  options: { brands: Option[]; seasons: Option[]; manufacturers: Option[]; tags: Option[]; taxRates: Array<Option & { isDefault: boolean }> };
  values: ProductFormValues;
  errors?: FormErrors;
  submitLabel: string;
  /** Extra hidden fields (e.g. the intent of an edit page with several forms). */
  intent?: string;
}

/** The product fields (C1), shared by the new and edit pages; a plain form that works without JavaScript. */
export function ProductForm({ options, values, errors, submitLabel, intent }: Props) {
  const { t } = useTranslation();
  const fieldErrors = errors?.fields ?? {};
  return (
    <Form method="post" className="form card form--wide" aria-label={t('products.formLabel')}>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <FormErrorSummary errors={errors?.form} title={t('common.fixErrors')} />
      <div className="form-grid">
        <TextField
          label={t('products.reference')}
          name="reference"
          required
          maxLength={64}
          autoComplete="off"
          defaultValue={values.reference}
          errors={fieldErrors.reference}
        />
        <TextField
          label={t('products.barcode')}
          name="barcode"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.barcode}
          errors={fieldErrors.barcode}
        />
        <TextField label={t('products.name')} name="name" required maxLength={300} defaultValue={values.name} errors={fieldErrors.name} />
        <SelectField label={t('products.brand')} name="brandId" defaultValue={values.brandId} errors={fieldErrors.brandId}>
          <option value="">{t('products.none')}</option>
          {options.brands.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('products.season')} name="seasonId" defaultValue={values.seasonId} errors={fieldErrors.seasonId}>
          <option value="">{t('products.none')}</option>
          {options.seasons.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('products.manufacturer')} name="manufacturerId" defaultValue={values.manufacturerId} errors={fieldErrors.manufacturerId}>
          <option value="">{t('products.none')}</option>
          {options.manufacturers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('products.tags')}
          name="tagIds"
          multiple
          size={Math.min(6, Math.max(2, options.tags.length))}
          defaultValue={values.tagIds}
          hint={t('products.tagsHint')}
          errors={fieldErrors.tagIds}
        >
          {options.tags.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {options.taxRates.length > 0 ? (
          <SelectField label={t('products.taxRate')} name="taxRateId" defaultValue={values.taxRateId} errors={fieldErrors.taxRateId}>
            <option value="">{t('taxRate.defaultOption', { name: options.taxRates.find((r) => r.isDefault)?.name ?? '' })}</option>
            {options.taxRates.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField label={t('products.unit')} name="unit" required maxLength={30} defaultValue={values.unit} errors={fieldErrors.unit} />
        <TextField
          label={t('products.packSize')}
          name="packSize"
          type="number"
          min={1}
          step={1}
          required
          defaultValue={values.packSize}
          errors={fieldErrors.packSize}
        />
      </div>
      <TextAreaField label={t('products.description')} name="description" rows={4} defaultValue={values.description} errors={fieldErrors.description} />
      <CheckboxField label={t('products.active')} name="active" defaultChecked={values.active} hint={t('products.activeHint')} />
      <div className="form-actions">
        <Link to="/hub/products" className="button button--ghost">
          {t('common.cancel')}
        </Link>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
