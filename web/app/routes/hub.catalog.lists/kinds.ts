// The four managed lists of the catalog (C3) and what the page's action answers.

export const KINDS = ['brand', 'season', 'tag', 'manufacturer'] as const;
export type Kind = (typeof KINDS)[number];
export const OPS = ['create', 'rename', 'delete'] as const;
export type Op = (typeof OPS)[number];

/** The action's answer: which list, which item and operation, and the API's errors when it refused. */
export interface ActionResult {
  kind: Kind;
  op: Op;
  id: string;
  name: string;
  done: boolean;
  errors: string[];
}
