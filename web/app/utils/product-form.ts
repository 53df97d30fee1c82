import { formErrors, optionalText, text, type ApiUserError } from './form-errors.js';

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
  };
}

/** The API input shared by productCreate and productUpdate (blank optional fields are null). */
export function productInputFromForm(form: FormData) {
  const values = productValuesFromForm(form);
  const packSize = Number(values.packSize);
  return {
    reference: values.reference,
    barcode: optionalText(form, 'barcode'),
    name: values.name,
    description: optionalText(form, 'description'),
    brandId: optionalText(form, 'brandId'),
    seasonId: optionalText(form, 'seasonId'),
    manufacturerId: optionalText(form, 'manufacturerId'),
    tagIds: values.tagIds,
    unit: values.unit || 'piece',
    packSize: values.packSize === '' ? 1 : Number.isFinite(packSize) ? Math.trunc(packSize) : 0,
    active: values.active,
  };
}

export function productFormErrors(userErrors: readonly ApiUserError[]) {
  return formErrors(userErrors, PRODUCT_FIELDS);
}
