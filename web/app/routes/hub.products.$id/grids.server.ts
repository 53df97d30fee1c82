import { gql } from '../../graphql/client.server.js';
import { productGridsQuery, productPricesSetMutation, stockLevelsSetMutation } from '../../graphql/catalog-admin.server.js';
import { parseForm } from '../../utils/parse-form.server.js';
import { decimal } from '../../utils/quantity.js';
import type { ProductAction } from './context.server.js';
import { pricesSchema, stockSchema } from './schemas.js';

/**
 * C2: saves the price grid: one productPricesSet per level whose value changed (an empty cell removes
 * the price). Cells that are not numbers never reach the API; each error lands on its level's cell.
 */
export async function savePrices({ request, context, form, id, reply }: ProductAction) {
  const typed = parseForm(form, pricesSchema);
  const { product, priceLevels } = await gql(request, context, productGridsQuery, { id });
  const cells: Record<string, string> = {};
  const fieldErrors: Record<string, string[]> = {};
  const invalid: string[] = [];
  const changes: Array<{ levelId: string; amount: string | null }> = [];
  for (const level of priceLevels) {
    const raw = typed[`price-${level.id}`] ?? '';
    cells[level.id] = raw;
    const amount = decimal(raw);
    if (amount === null) {
      invalid.push(level.id);
      continue;
    }
    const current = product.prices.find((p) => p.priceLevel.id === level.id)?.amount.amount ?? null;
    if ((amount || null) === current || (amount && current && Number(amount) === Number(current))) continue;
    changes.push({ levelId: level.id, amount: amount || null });
  }
  if (invalid.length) return reply({ intent: 'prices', saved: false, fieldErrors, invalid, cells });
  for (const change of changes) {
    const { productPricesSet } = await gql(request, context, productPricesSetMutation, {
      input: { priceLevelId: change.levelId, prices: [{ productId: id, amount: change.amount }] },
    });
    if (productPricesSet.userErrors.length) fieldErrors[change.levelId] = productPricesSet.userErrors.map((e) => e.message);
  }
  return reply({ intent: 'prices', saved: Object.keys(fieldErrors).length === 0, fieldErrors, invalid, cells });
}

/** C2: saves the stock grid: one stockLevelsSet per location whose quantity changed. */
export async function saveStock({ request, context, form, id, reply }: ProductAction) {
  const typed = parseForm(form, stockSchema);
  const { product, storageLocations } = await gql(request, context, productGridsQuery, { id });
  const cells: Record<string, string> = {};
  const fieldErrors: Record<string, string[]> = {};
  const invalid: string[] = [];
  const changes: Array<{ locationId: string; quantity: number }> = [];
  for (const location of storageLocations) {
    const raw = typed[`stock-${location.id}`] ?? '';
    cells[location.id] = raw;
    const quantity = raw === '' ? 0 : Number(raw);
    if (!/^\d*$/.test(raw) || !Number.isSafeInteger(quantity) || quantity > 2_147_483_647) {
      invalid.push(location.id);
      continue;
    }
    const current = product.stockLevels.find((s) => s.storageLocation.id === location.id)?.quantity ?? 0;
    if (quantity !== current) changes.push({ locationId: location.id, quantity });
  }
  if (invalid.length) return reply({ intent: 'stock', saved: false, fieldErrors, invalid, cells });
  for (const change of changes) {
    const { stockLevelsSet } = await gql(request, context, stockLevelsSetMutation, {
      input: { storageLocationId: change.locationId, levels: [{ productId: id, quantity: change.quantity }] },
    });
    if (stockLevelsSet.userErrors.length) fieldErrors[change.locationId] = stockLevelsSet.userErrors.map((e) => e.message);
  }
  return reply({ intent: 'stock', saved: Object.keys(fieldErrors).length === 0, fieldErrors, invalid, cells });
}
