import { formErrors, text, type ApiUserError } from './form-errors.js';

const PRODUCT_FIELDS = [
  'reference',
  'barcode',
  'name',
  'description',
  'brandId',
  'seasonId',
  'manufacturerId',
  'tagIds',
  'unit',
  'packSize',
  'active',
  'taxRateId',
] as const;

export interface ProductFormValues {
  reference: string;
  barcode: string;
  name: string;
  description: string;
  brandId: string;
  seasonId: string;
  manufacturerId: string;
  tagIds: string[];
  unit: string;
  packSize: string;
  active: boolean;
  /** '' = the default rate (decision 35). */
  taxRateId: string;
}

/** The submitted product form, as typed (to show it again next to its errors). */
export function productValuesFromForm(form: FormData): ProductFormValues {
  return {
    reference: text(form, 'reference'),
    barcode: text(form, 'barcode'),
    name: text(form, 'name'),
    description: text(form, 'description'),
    brandId: text(form, 'brandId'),
    seasonId: text(form, 'seasonId'),
    manufacturerId: text(form, 'manufacturerId'),
    tagIds: form.getAll('tagIds').filter((v): v is string => typeof v === 'string' && v !== ''),
    unit: text(form, 'unit'),
    packSize: text(form, 'packSize'),
    active: form.get('active') === 'on',
    taxRateId: text(form, 'taxRateId'),
  };
}

/** The API input shared by productCreate and productUpdate (blank optional fields are null). */
export function productInputFromForm(form: FormData) {
  return productInput(productValuesFromForm(form));
}

/** The API input from the form's values (parsed by a page's zod schema, or read by productValuesFromForm). */
export function productInput(values: ProductFormValues) {
  const packSize = Number(values.packSize);
  return {
    reference: values.reference,
    barcode: values.barcode || null,
    name: values.name,
    description: values.description || null,
    brandId: values.brandId || null,
    seasonId: values.seasonId || null,
    manufacturerId: values.manufacturerId || null,
    tagIds: values.tagIds,
    unit: values.unit || 'piece',
    packSize: values.packSize === '' ? 1 : Number.isFinite(packSize) ? Math.trunc(packSize) : 0,
    active: values.active,
    taxRateId: values.taxRateId || null,
  };
}

export function productFormErrors(userErrors: readonly ApiUserError[]) {
  return formErrors(userErrors, PRODUCT_FIELDS);
}
