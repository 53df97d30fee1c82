import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/entities/product-price.entity.js';
import { barcodeVariants } from '../../server/modules/catalog/catalog-values.js';

// A UPC-A (12 digits) and the EAN-13 with a leading 0 are one trade item (issue 18): scanned or
// typed in either form, the product stored in the other is found — by the catalog's search (the
// camera's search too), product(barcode:), and the cart's barcode import (the camera's cart too).

let server: TestServer;
let buyer: string;

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@upc.test', password: 'staff1234' });
  const { standard } = await createCatalog(em);
  const cola = em.create(Product, { reference: 'COLA-24', barcode: '0049000028911', name: 'Cola 33cl' }); // stored as EAN-13
  const soup = em.create(Product, { reference: 'SOUP-1', barcode: '051000012616', name: 'Tomato soup' }); // stored as UPC-A
  em.create(ProductPrice, { priceLevel: standard, product: cola, amount: '0.90' });
  em.create(ProductPrice, { priceLevel: standard, product: soup, amount: '1.75' });
  await em.flush();
  const staff = await signInStaff(server, 'staff@upc.test', 'staff1234');
  buyer = await shopCustomer(server, staff, 'upc-1', 'upc.test');
});
afterAll(() => server?.close());

const search = async (q: string) =>
  (await server.graphql(`query($q: String) { products(query: $q, first: 5) { totalCount edges { node { reference } } } }`, { q }, { token: buyer })).data.products.edges.map(
    (e: { node: { reference: string } }) => e.node.reference,
  );

describe('UPC-A and EAN-13', () => {
  it('spells one code every way it may be stored', () => {
    expect(barcodeVariants('049000028911')).toEqual(['049000028911', '00049000028911', '0049000028911']);
    expect(barcodeVariants('0049000028911')).toEqual(['0049000028911', '00049000028911', '049000028911']);
    expect(barcodeVariants('5400000000010')).toEqual(['5400000000010', '05400000000010']);
    expect(barcodeVariants('96385074')).toEqual(['96385074']);
  });

  it('the search finds the product stored in the other form', async () => {
    expect(await search('049000028911')).toEqual(['COLA-24']); // UPC-A typed, EAN-13 stored
    expect(await search('0051000012616')).toEqual(['SOUP-1']); // EAN-13 typed, UPC-A stored
    expect(await search('0049000028911')).toEqual(['COLA-24']);
    expect(await search('149000028911')).toEqual([]); // not another code's variant
  });

  it('product(barcode:) too', async () => {
    const one = async (barcode: string) => (await server.graphql(`query($b: String) { product(barcode: $b) { reference } }`, { b: barcode }, { token: buyer })).data?.product?.reference;
    expect(await one('049000028911')).toBe('COLA-24');
    expect(await one('0051000012616')).toBe('SOUP-1');
  });

  it('the cart barcode import (and the camera in the cart) adds them; a code not found is still said', async () => {
    const r = await server.graphql(
      `mutation($i: CartLinesImportInput!) { cartLinesImport(input: $i) { cart { lines { quantity product { reference } } } addedProductCount problems { line code reason } userErrors { code } } }`,
      { i: { text: '049000028911;2\n0051000012616;3\n0049000028911;1\n149000028911;1' } },
      { token: buyer },
    );
    const answer = r.data.cartLinesImport;
    expect(answer.userErrors).toEqual([]);
    expect(answer.addedProductCount).toBe(2);
    expect(answer.problems).toEqual([{ line: 4, code: '149000028911', reason: 'NOT_FOUND' }]);
    expect(answer.cart.lines.map((l: { quantity: number; product: { reference: string } }) => [l.product.reference, l.quantity]).sort()).toEqual([
      ['COLA-24', 3],
      ['SOUP-1', 3],
    ]);
  });
});
