/** A mutation's `userErrors` entry, as every payload of the API returns it. */
export interface ApiUserError {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/** userErrors sorted for a form: by input name next to the field, the rest at the top. */
export interface FormErrors {
  fields: Record<string, string[]>;
  form: string[];
}

export const noErrors: FormErrors = { fields: {}, form: [] };

/**
 * Puts each userError next to its input: ["input","customerNumber"] → `customerNumber`.
 * `aliases` maps other paths (joined with dots, without the leading "input") to input names, e.g.
 * { 'contacts.0.email': 'contactEmail' }. Errors for fields the form does not have go to the top.
 */
export function formErrors(
  userErrors: readonly ApiUserError[],
  fieldNames: readonly string[],
  aliases: Record<string, string> = {},
): FormErrors {
  const result: FormErrors = { fields: {}, form: [] };
  for (const error of userErrors) {
    const path = (error.field ?? []).filter((part, i) => !(i === 0 && part === 'input')).join('.');
    const name = aliases[path] ?? path;
    if (name && fieldNames.includes(name)) (result.fields[name] ??= []).push(error.message);
    else result.form.push(error.message);
  }
  return result;
}

/** A trimmed text field of a submitted form ('' when absent). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A trimmed text field, or null when blank. */
export function optionalText(form: FormData, name: string): string | null {
  return text(form, name) || null;
}
