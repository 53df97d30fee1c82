import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/config/mikro-orm.config.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import type { TestServer } from '../support/server.js';

// Orders being placed by several shop users at once, each answer recorded: the load the fault
// tests (database restart, SIGTERM) run under. Every order has exactly two lines.

const ADD = `mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`;
const PLACE = `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id lineCount } userErrors { code } } }`;
export const LINES_PER_ORDER = 2;

export interface Answer {
  op: 'add' | 'place';
  start: number;
  end: number;
  /** HTTP status, or 0 when no response came (`error` says why: the cause's code). */
  status: number;
  error?: string;
  code?: string;
  message?: string;
  retryAfter?: string | null;
  ok: boolean;
  key?: string;
}

/** A staff user, a catalog and `buyers` signed-in shop users; written through the ORM and the API. */
export async function orderingFixtures(databaseUrl: string, server: TestServer, buyers: number) {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 2 } }));
  let catalog;
  try {
    const em = orm.em.fork();
    await createStaff(em, { email: 'admin@faults.test', password: 'admin1234' });
    catalog = await createCatalog(em);
  } finally {
    await orm.close(true);
  }
  const staff = await signInStaff(server, 'admin@faults.test', 'admin1234');
  const tokens: string[] = [];
  for (let i = 0; i < buyers; i++) tokens.push(await shopCustomer(server, staff, `F${i}`, 'faults.test'));
  const lines = [
    { productId: toGlobalId('Product', catalog.coffee.id), quantity: 2 },
    { productId: toGlobalId('Product', catalog.water.id), quantity: 24 },
  ];
  return { tokens, lines };
}

/** Each token fills its cart and places an order, again and again, until `until()` says stop. */
export async function placeOrders(url: string, tokens: string[], lines: object[], until: () => boolean, answers: Answer[]): Promise<void> {
  const post = async (op: Answer['op'], token: string, query: string, variables: object, key?: string): Promise<Answer> => {
    const start = performance.now();
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: any = null;
      try {
        body = JSON.parse(text);
      } catch {
        /* kept as message below */
      }
      const payload = body?.data?.[op === 'add' ? 'cartLinesAdd' : 'orderPlace'];
      const ok = res.status === 200 && !body?.errors && payload?.userErrors?.length === 0 && (op === 'add' || payload.order?.lineCount === LINES_PER_ORDER);
      const answer: Answer = { op, start, end: performance.now(), status: res.status, code: body?.errors?.[0]?.extensions?.code, message: body?.errors?.[0]?.message ?? (body ? undefined : text.slice(0, 200)), retryAfter: res.headers.get('retry-after'), ok, key };
      answers.push(answer);
      return answer;
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const answer: Answer = { op, start, end: performance.now(), status: 0, error: cause?.code ?? cause?.message ?? String(e), ok: false, key };
      answers.push(answer);
      return answer;
    }
  };
  await Promise.all(
    tokens.map(async (token) => {
      while (!until()) {
        const added = await post('add', token, ADD, { i: { lines } });
        if (added.status === 0 && added.error === 'ECONNREFUSED') return; // the server stopped listening
        if (!added.ok) {
          await new Promise((r) => setTimeout(r, 50)); // the database is away: no busy loop
          continue;
        }
        const key = randomUUID();
        const placed = await post('place', token, PLACE, { i: { idempotencyKey: key } }, key);
        if (placed.status === 0 && placed.error === 'ECONNREFUSED') return;
      }
    }),
  );
}
