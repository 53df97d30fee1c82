import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Utils } from '@mikro-orm/core';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import type { Ctx } from '../../server/common/context.js';
import { translator } from '../../server/common/i18n.js';
import { taskStaffViewer } from '../../server/modules/access/index.js';
import { StaffUser, StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Brand, Product, PriceLevel, StorageLocation } from '../../server/modules/catalog/index.js';
import { catalogView, listProducts, listedValues, type ProductRecord } from '../../server/modules/catalog/read-model/index.js';
import { toGlobalId } from '../../server/common/global-id.js';

// The catalog read model (decision 0032) returns frozen records, not entities: nothing read by the
// raw-SQL path can be persisted or flushed, and the API answers the same as before.

let server: TestServer;
let staffToken: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

async function staffCtx(): Promise<Ctx> {
  const em = server.app.services.orm.em.fork();
  const staff = await em.findOneOrFail(StaffUser, { email: 'rm@s.test' });
  return { em, viewer: taskStaffViewer(staff), language: 'en', t: translator('en'), env: server.app.services.env, app: server.app.services, clientKey: 'test', setCookies: [], afterCommit: [], loaders: new Map() } as unknown as Ctx;
}

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  catalog = await createCatalog(em);
  const brand = em.create(Brand, { name: 'Nordic' });
  em.getReference(Product, catalog.coffee.id).brand = brand;
  await em.flush();
  await createStaff(em, { email: 'rm@s.test', password: 'rm123456', role: StaffRole.ADMIN });
  staffToken = await signInStaff(server, 'rm@s.test', 'rm123456');
});
afterAll(async () => {
  await server?.close();
});

describe('catalog read model', () => {
  it('lists products as frozen records that are not entities, and no entity manager will persist one', async () => {
    const ctx = await staffCtx();
    const page = await listProducts(ctx, { first: 10 });
    const coffee = page.edges.map((e) => e.node).find((p) => p.reference === 'COF-1') as ProductRecord;
    expect(coffee).toBeDefined();
    expect(coffee).not.toBeInstanceOf(Product);
    expect(Utils.isEntity(coffee)).toBe(false);
    expect(Object.isFrozen(coffee)).toBe(true);
    expect(coffee.name).toBe('Espresso beans 1kg');
    expect(coffee.globalId).toBe(toGlobalId('Product', catalog.coffee.id));
    expect(coffee.createdAt).toBeInstanceOf(Date);
    expect(Object.isFrozen(coffee.brand)).toBe(true);
    const listed = listedValues(coffee)!;
    expect(listed.price?.amount).toBe('12.50');
    expect(listed.brand?.name).toBe('Nordic');
    expect(listed.brand).not.toBeInstanceOf(Brand);

    // Changing it throws (strict mode) instead of waiting for a flush that would write half a row.
    expect(() => {
      (coffee as { name: string }).name = 'Changed';
    }).toThrow(TypeError);
    expect(() => ctx.em.persist(coffee as never)).toThrow();
    expect(() => ctx.em.persist(listed.brand as never)).toThrow();
    await ctx.em.flush();
    const stored = await server.app.services.orm.em.fork().findOneOrFail(Product, { id: catalog.coffee.id });
    expect(stored.name).toBe('Espresso beans 1kg');
  });

  it('the catalog view holds frozen price level and location records, not entities', async () => {
    const ctx = await staffCtx();
    const view = await catalogView(ctx);
    expect(Object.isFrozen(view)).toBe(true);
    expect(view.priceLevel).not.toBeInstanceOf(PriceLevel);
    expect(view.location).not.toBeInstanceOf(StorageLocation);
    expect(Utils.isEntity(view.priceLevel)).toBe(false);
    expect(view.priceLevel).toMatchObject({ id: catalog.standard.id, code: 'STANDARD', currencyCode: 'EUR', isDefault: true });
    expect(view.location).toMatchObject({ id: catalog.north.id, code: 'NORTH', defaultShippingCost: '15.00' });
    expect(() => ctx.em.persist(view.location as never)).toThrow();
  });

  it('a shop user gets the same page through GraphQL as before: ids, prices, stock, brand', async () => {
    const token = await shopCustomer(server, staffToken, 'RM-1', 'rm.test');
    const r = await server.graphql(`{ products(first: 10) { edges { node { id name price { amount } stock orderable brand { id name } } } } }`, {}, { token });
    expect(r.errors).toBeUndefined();
    const coffee = r.data.products.edges.find((e: { node: { name: string } }) => e.node.name === 'Espresso beans 1kg').node;
    expect(coffee).toMatchObject({ id: toGlobalId('Product', catalog.coffee.id), price: { amount: '12.50' }, stock: 40, orderable: true, brand: { name: 'Nordic' } });
    expect(coffee.brand.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
