import express from 'express';
import { GraphQLError } from 'graphql';
import { assertRoles, type Role } from '../../common/auth-checker.js';
import type { Ctx } from '../../common/context.js';
import type { ExportTable } from '../../common/export-table.js';
import { idOf } from '../../common/global-id.js';
import { Language } from '../../common/language.js';
import { customerExport, CustomerStatus, type CustomerFilter } from '../customers/index.js';
import { productExport } from '../catalog/index.js';
import { orderExport, OrderStatus } from '../ordering/index.js';
import { CONTENT_TYPES, writeCsv, writeXlsx, type CsvSeparator, type ExportFormat } from './export-writers.js';

/** A refusal before the first byte: the caller's mistake or rights, answered with a status and a translated message. */
class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, unknown>;

function text(query: Query, name: string): string | null {
  const v = query[name];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** One of `allowed`, or a 400 naming the parameter (an absent parameter is null). */
function oneOf<T extends string>(ctx: Ctx, query: Query, name: string, allowed: readonly T[], read: (v: string) => string = (v) => v): T | null {
  const v = text(query, name);
  if (v === null) return null;
  const value = read(v);
  if (!(allowed as readonly string[]).includes(value)) throw new ExportRefusal(400, 'BAD_REQUEST', ctx.t('errors.exportParameter', { name }));
  return value as T;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd day as the instant it starts (UTC), plus days; the hub's order filters use whole days. */
function day(ctx: Ctx, query: Query, name: string, plusDays = 0): Date | null {
  const v = text(query, name);
  if (v === null) return null;
  const d = new Date(`${v}T00:00:00.000Z`);
  if (!DAY.test(v) || Number.isNaN(d.getTime())) throw new ExportRefusal(400, 'BAD_REQUEST', ctx.t('errors.exportParameter', { name }));
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
}

function globalIds(ctx: Ctx, query: Query, name: string, type: string): string[] | null {
  const v = text(query, name);
  if (v === null) return null;
  if (!idOf(type, v)) throw new ExportRefusal(400, 'BAD_REQUEST', ctx.t('errors.exportParameter', { name }));
  return [v];
}

const ORDER_STATUSES = Object.values(OrderStatus);
const CUSTOMER_STATUSES = Object.values(CustomerStatus);
const ACCESS_STATUSES = ['NONE', 'PENDING_APPROVAL', 'ACTIVE', 'BLOCKED'] as const;
const LANGUAGES = Object.values(Language);

/** Each export: who may read it (as the GraphQL list it mirrors) and its filters, named as in the hub's URLs. */
const EXPORTS: Record<string, { roles: Role[]; sheet: string; table: (ctx: Ctx, q: Query) => ExportTable | Promise<ExportTable> }> = {
  orders: {
    roles: ['STAFF', 'ORDERS_MANAGE'],
    sheet: 'Orders',
    table: (ctx, q) => {
      const customerId = text(q, 'customerId');
      const uuid = customerId === null ? null : idOf('Customer', customerId);
      if (customerId !== null && !uuid) throw new ExportRefusal(400, 'BAD_REQUEST', ctx.t('errors.exportParameter', { name: 'customerId' }));
      return orderExport(ctx, {
        status: oneOf(ctx, q, 'status', ORDER_STATUSES),
        customerId: uuid,
        customerSearch: text(q, 'customer'),
        placedFrom: day(ctx, q, 'from'),
        placedBefore: day(ctx, q, 'to', 1), // the "to" day is included, as in the hub
        search: text(q, 'q'),
        acknowledged: ((ack) => (ack === null ? null : ack === 'yes'))(oneOf(ctx, q, 'ack', ['yes', 'no'] as const)),
      });
    },
  },
  customers: {
    roles: ['STAFF', 'CUSTOMERS_MANAGE'],
    sheet: 'Customers',
    table: (ctx, q) => {
      const filter: CustomerFilter = {
        query: text(q, 'q'),
        status: oneOf(ctx, q, 'status', CUSTOMER_STATUSES),
        priceLevelId: globalIds(ctx, q, 'priceLevel', 'PriceLevel')?.[0] ?? null,
        // The hub's URLs carry the GraphQL enum's name (FR, PT_BR); the column stores the code (fr, pt-BR).
        language: oneOf(ctx, q, 'language', LANGUAGES, (v) => (Language as Record<string, string>)[v.toUpperCase()] ?? v),
        accessStatus: oneOf(ctx, q, 'access', ACCESS_STATUSES),
      };
      return customerExport(ctx, filter);
    },
  },
  products: {
    roles: ['STAFF', 'CATALOG_READ'],
    sheet: 'Products',
    table: (ctx, q) => {
      const status = oneOf(ctx, q, 'status', ['active', 'inactive'] as const);
      return productExport(ctx, {
        query: text(q, 'q'),
        brandIds: globalIds(ctx, q, 'brand', 'Brand'),
        seasonIds: globalIds(ctx, q, 'season', 'Season'),
        tagIds: globalIds(ctx, q, 'tag', 'Tag'),
        manufacturerIds: globalIds(ctx, q, 'manufacturer', 'Manufacturer'),
        active: status === null ? null : status === 'active',
      });
    },
  },
};

/** English-speaking Excel splits CSV on commas; French, Dutch, German, Portuguese and Spanish on semicolons. */
function separatorFor(ctx: Ctx, query: Query): CsvSeparator {
  const chosen = oneOf(ctx, query, 'separator', ['semicolon', 'comma'] as const);
  if (chosen) return chosen === 'comma' ? ',' : ';';
  return ctx.language === Language.EN ? ',' : ';';
}

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * Exports (issue 14 E5): `GET /api/exports/{orders|customers|products}.{csv|xlsx}` with the hub
 * list's filters as query parameters, `separator=semicolon|comma` for CSV. Staff (session cookie)
 * and API tokens with the list's scope (bearer); 401 anonymous, 403 anyone else. Rows stream out
 * in keyset batches: the response starts at once and memory stays flat whatever the size.
 */
export function exportRoutes(deps: { contextFor: (req: express.Request) => Promise<Ctx> }): express.Router {
  const router = express.Router();
  router.get('/api/exports/:name.:format', async (req, res, next) => {
    let ctx: Ctx | undefined;
    try {
      const spec = EXPORTS[req.params.name];
      const format = req.params.format as ExportFormat;
      if (!spec || !(format in CONTENT_TYPES)) return next();
      ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      assertRoles(ctx, spec.roles);
      const query = req.query as Query;
      const separator = format === 'csv' ? separatorFor(ctx, query) : ',';
      const table = await spec.table(ctx, query);
      const fileName = `${req.params.name}-${new Date().toISOString().slice(0, 10)}.${format}`;
      res.set({
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (format === 'csv') await writeCsv(table, res, separator);
      else await writeXlsx(table, res, spec.sheet);
    } catch (e) {
      if (res.headersSent) {
        // Mid-stream: the status is gone; cutting the connection tells the client the file is incomplete.
        res.destroy(e as Error);
        return;
      }
      if (e instanceof ExportRefusal) return void res.status(e.status).json({ error: { code: e.code, message: e.message } });
      const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
      if (STATUS_OF[code]) return void res.status(STATUS_OF[code]).json({ error: { code: code === 'BAD_USER_INPUT' ? 'BAD_REQUEST' : code, message: e instanceof Error ? e.message : '' } });
      next(e);
    }
  });
  return router;
}
