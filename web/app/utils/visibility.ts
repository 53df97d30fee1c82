/** The four dimensions of a customer's visibility (C2), as the API's VisibilityInput names them. */
export const VISIBILITY_DIMENSIONS = ['tags', 'seasons', 'brands', 'manufacturers'] as const;
export type VisibilityDimension = (typeof VISIBILITY_DIMENSIONS)[number];

const INPUT_KEYS = { tags: 'tagIds', seasons: 'seasonIds', brands: 'brandIds', manufacturers: 'manufacturerIds' } as const;

export interface VisibilityInputValue {
  tagIds: string[];
  seasonIds: string[];
  brandIds: string[];
  manufacturerIds: string[];
}

/** The submitted multi-selects as a VisibilityInput; an empty list means "everything". */
export function visibilityFromForm(form: FormData): VisibilityInputValue {
  const ids = (d: VisibilityDimension) => form.getAll(`visibility.${d}`).filter((v): v is string => typeof v === 'string' && v !== '');
  return { tagIds: ids('tags'), seasonIds: ids('seasons'), brandIds: ids('brands'), manufacturerIds: ids('manufacturers') };
}

/** The submitted selection per dimension, to show the form again after an error. */
export function visibilitySelection(input: VisibilityInputValue): Record<VisibilityDimension, string[]> {
  return { tags: input.tagIds, seasons: input.seasonIds, brands: input.brandIds, manufacturers: input.manufacturerIds };
}

/** userError paths of visibility (["input","visibility","tagIds"]) → the multi-select's name. */
export const VISIBILITY_ALIASES: Record<string, string> = Object.fromEntries(
  Object.entries(INPUT_KEYS).flatMap(([dimension, key]) => [
    [`visibility.${key}`, `visibility.${dimension}`],
    [key, `visibility.${dimension}`],
  ]),
);

export const VISIBILITY_FIELDS = VISIBILITY_DIMENSIONS.map((d) => `visibility.${d}`);
