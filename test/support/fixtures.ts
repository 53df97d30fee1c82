import type { EntityManager } from '@mikro-orm/postgresql';
import { Language } from '../../server/common/language.js';
import { hashPassword } from '../../server/modules/access/auth/password.js';
import { StaffRole, StaffUser } from '../../server/modules/access/entities/staff-user.entity.js';
import { PriceLevel } from '../../server/modules/catalog/entities/price-level.entity.js';
import { StorageLocation } from '../../server/modules/catalog/entities/storage-location.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/entities/product-price.entity.js';
import { StockLevel } from '../../server/modules/catalog/entities/stock-level.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { ApiScope, ApiToken } from '../../server/modules/access/entities/api-token.entity.js';
import { API_TOKEN_PREFIX, sha256 } from '../../server/modules/access/api-token.service.js';
import type { TestServer } from './server.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from './graphql-ops.js';

// Fixtures write the few rows a test needs straight through the ORM, on the test's own database.

export async function createStaff(em: EntityManager, data: { email: string; password: string; role?: StaffRole; language?: Language; active?: boolean }) {
  const staff = em.create(StaffUser, {
    email: data.email,
    name: data.email.split('@')[0],
    role: data.role ?? StaffRole.ADMIN,
    language: data.language ?? Language.EN,
    active: data.active ?? true,
    passwordHash: await hashPassword(data.password),
  });
  await em.flush();
  return staff;
}

/** An integrator API token named `name` with `scopes`: the bearer secret. */
export async function createApiToken(em: EntityManager, name: string, scopes: ApiScope[]): Promise<string> {
  const secret = `${API_TOKEN_PREFIX}${name.replace(/\W/g, '')}${Math.random().toString(36).slice(2)}`;
  em.create(ApiToken, { name, scopes, tokenHash: sha256(secret), prefix: secret.slice(0, 10) });
  await em.flush();
  return secret;
}

/** Two price levels (default STANDARD, HORECA), two locations (default NORTH), three products. */
export async function createCatalog(em: EntityManager) {
  const standard = em.create(PriceLevel, { code: 'STANDARD', name: 'Standard', isDefault: true });
  const horeca = em.create(PriceLevel, { code: 'HORECA', name: 'Horeca' });
  const north = em.create(StorageLocation, { code: 'NORTH', name: 'North', defaultShippingCost: '15.00', isDefault: true });
  const south = em.create(StorageLocation, { code: 'SOUTH', name: 'South', defaultShippingCost: '22.50' });
  const coffee = em.create(Product, { reference: 'COF-1', barcode: '5400000000010', name: 'Espresso beans 1kg', unit: 'kg' });
  const water = em.create(Product, { reference: 'WAT-1', barcode: '5400000000027', name: 'Sparkling water 50cl', packSize: 24 });
  const unpriced = em.create(Product, { reference: 'NOP-1', name: 'Unpriced napkins' });
  const inactive = em.create(Product, { reference: 'OLD-1', name: 'Discontinued tea', active: false });
  em.create(ProductPrice, { priceLevel: standard, product: coffee, amount: '12.50' });
  em.create(ProductPrice, { priceLevel: horeca, product: coffee, amount: '11.25' });
  em.create(ProductPrice, { priceLevel: standard, product: water, amount: '0.80' });
  em.create(ProductPrice, { priceLevel: standard, product: inactive, amount: '3.00' });
  em.create(StockLevel, { location: north, product: coffee, quantity: 40 });
  em.create(StockLevel, { location: south, product: coffee, quantity: 7 });
  await em.flush();
  return { standard, horeca, north, south, coffee, water, unpriced, inactive, gid: (type: string, id: string) => toGlobalId(type, id) };
}

export async function signInStaff(server: TestServer, email: string, password: string): Promise<string> {
  const r = await server.graphql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token userErrors { code } } }`, { i: { email, password } });
  if (!r.data?.staffSignIn?.token) throw new Error(`staff sign-in failed: ${JSON.stringify(r)}`);
  return r.data.staffSignIn.token;
}

export async function signInShop(server: TestServer, email: string, password: string): Promise<string> {
  const r = await server.graphql(`mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { code } } }`, { i: { email, password } });
  if (!r.data?.shopUserSignIn?.token) throw new Error(`shop sign-in failed: ${JSON.stringify(r)}`);
  return r.data.shopUserSignIn.token;
}

/** Waits until `check` returns a truthy value (jobs run asynchronously). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A customer numbered `n` (named `name`, with `visibility` when given) and its signed-in shop
 * user `<n>@<domain>`, its temporary password already replaced: the user's token.
 */
export async function shopCustomer(server: TestServer, staffToken: string, n: string, domain: string, visibility?: object, name = `Customer ${n}`): Promise<string> {
  const email = `${n}@${domain}`;
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name, customerNumber: n, contacts: [{ email }], ...(visibility ? { visibility } : {}) } }, { token: staffToken });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email, password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: staffToken });
  const token = await signInShop(server, email, 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'mine5678', newPasswordConfirmation: 'mine5678' } }, { token });
  return token;
}
