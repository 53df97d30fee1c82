// The four managed lists of the catalog (C3) and what the page's action answers.

export const KINDS = ['brand', 'season', 'tag', 'manufacturer'] as const;
export type Kind = (typeof KINDS)[number];
export const OPS = ['create', 'rename', 'delete', 'translate'] as const;
/** Tags and seasons are words, named per language (issue 16); brands and manufacturers are proper names. */
export const TRANSLATED: readonly Kind[] = ['season', 'tag'];
export type Op = (typeof OPS)[number];

/** The action's answer: which list, which item and operation, and the API's errors when it refused. */
export interface ActionResult {
  kind: Kind;
  op: Op;
  id: string;
  name: string;
  /** `translate`: the language ('nl'). */
  language?: string;
  done: boolean;
  errors: string[];
}
