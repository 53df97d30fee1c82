import { useTranslation } from 'react-i18next';
import type { TaxExemption } from '../../graphql/generated/graphql.js';
import { text } from '../../utils/form-errors.js';
import { SelectField, TextAreaField, TextField } from '../ui/fields.js';

/** The exemptions the API knows (decision 35); '' = the customer pays VAT. */
export const TAX_EXEMPTIONS: TaxExemption[] = ['REVERSE_CHARGE', 'EXPORT'];

export const CUSTOMER_TAX_FIELDS = ['vatNumber', 'taxExemption', 'taxExemptionMention'] as const;

export interface CustomerTaxValues {
  vatNumber: string;
  taxExemption: string;
  taxExemptionMention: string;
}

/** The API input of the tax fields (blank ones clear the value, as customerUpdate documents). */
export function customerTaxInput(form: FormData) {
  const exemption = TAX_EXEMPTIONS.find((e) => e === text(form, 'taxExemption')) ?? null;
  return { vatNumber: text(form, 'vatNumber') || null, taxExemption: exemption, taxExemptionMention: text(form, 'taxExemptionMention') || null };
}

/** The customer's VAT number, exemption and the legal mention printed instead of VAT (issue 15, D1). */
export function CustomerTaxFields({ values, errors }: { values: CustomerTaxValues; errors: Record<string, string[] | undefined> }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('customerTax.title')}</legend>
      <div className="form-grid">
        <TextField
          label={t('customerTax.vatNumber')}
          name="vatNumber"
          maxLength={50}
          autoComplete="off"
          hint={t('customerTax.vatNumberHint')}
          defaultValue={values.vatNumber}
          errors={errors.vatNumber}
        />
        <SelectField label={t('customerTax.exemption')} name="taxExemption" defaultValue={values.taxExemption} errors={errors.taxExemption}>
          <option value="">{t('customerTax.exemptions.NONE')}</option>
          {TAX_EXEMPTIONS.map((e) => (
            <option key={e} value={e}>
              {t(`customerTax.exemptions.${e}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label={t('customerTax.mention')}
        name="taxExemptionMention"
        rows={2}
        maxLength={500}
        hint={t('customerTax.mentionHint')}
        defaultValue={values.taxExemptionMention}
        errors={errors.taxExemptionMention}
      />
    </fieldset>
  );
}
