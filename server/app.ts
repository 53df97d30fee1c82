import 'reflect-metadata';
import express from 'express';
import compression from 'compression';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './config/paths.js';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express4';
import { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { ServerBuild } from '@remix-run/node';
import type { Env } from './config/env.js';
import { openDatabase, type Database } from './config/database.js';
import { ormConfig } from './config/mikro-orm.config.js';
import { createLogger, type AppServices, type Logger } from './common/services.js';
import { Jobs } from './common/jobs.js';
import { runAfterCommit, type Ctx } from './common/context.js';
import { connectionOptions, openPreparedPool } from './common/prepared.js';
import { createAuth, ViewerCache, listenForViewerChanges } from './modules/access/index.js';
import { registerDashboardHandlers, registerDashboardJobs, registerEmailHandlers, registerEmailJobs, mailboxAttachmentRoutes, sweepPendingEmails } from './modules/notifications/index.js';
import { registerWebhookHandlers, registerWebhookJobs, sweepPendingWebhooks } from './modules/webhooks/index.js';
import { registerTaskJobs } from './modules/tasks/index.js';
import { registerPasswordResetJobs } from './modules/access/index.js';
import { registerRegistrationJobs } from './modules/registration/index.js';
import { getSchema } from './schema.js';
import { jitGateway } from './common/jit-executor.js';
import { graphqlHttpHandler, isPlainGraphqlPost, refuseGraphqlRequest, answerContextRefusal } from './common/graphql-http.js';
import { graphqlParseOptions, graphqlValidationRules } from './common/graphql-limits.js';
import { formatGraphqlError, graphqlGuardPlugin } from './common/graphql-errors.js';
import { cspNonce, securityHeaders, type SecurityHeaders } from './common/security-headers.js';
import { clientAddress, compileTrust, type Trust } from './common/client-address.js';
import { apiRateLimit } from './common/rate-limit.js';
import { productImageRoutes } from './modules/catalog/index.js';
import { orderDocumentRoutes, orderPdfRoutes, registerQuoteHandlers } from './modules/ordering/index.js';
import { logoRoutes } from './modules/settings/index.js';
import { exportRoutes } from './modules/exports/index.js';
import { sameOriginOnly } from './common/same-origin.js';
import { withReadableFormErrors } from './common/form-bodies.js';
import { buildContext, requestLanguage, type RequestInfo } from './context.js';
import { translator } from './common/i18n.js';
import { isDatabaseEmpty, seedDemo } from './seeders/demo.seeder.js';
import { activityRecorder, registerActivityHandlers, registerAuditHandlers } from './modules/activity/index.js';
import { Metrics, metricsHandler } from './common/metrics.js';
import { observeRequests } from './common/request-log.js';
import { currentScope, inScopeOf } from './common/request-scope.js';
import { hasServiceUnavailable, isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, serviceUnavailableError } from './common/database-errors.js';
import { healthRoutes, trackConnections } from './common/lifecycle.js';

/** An operation's first root field: a name the schema bounds, so a safe metric label. */
function rootField(operation: OperationDefinitionNode | undefined): string {
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : 'other';
}

/** What Remix loaders and actions receive: the one way the web reaches the API. */
export interface WebLoadContext {
  api: {
    request<TData = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<{ data?: TData | null; errors?: readonly GraphQLFormattedError[]; setCookies: string[] }>;
  };
  publicUrl: string;
  /** This request's Content-Security-Policy nonce, for Remix's inline scripts (decision 21). */
  cspNonce?: string;
  /** Whether the development GraphQL explorer (/graphiql) is served: when introspection is on. */
  graphqlExplorer: boolean;
}

export interface RunningApp {
  url: string;
  services: AppServices;
  database: Database;
  close(): Promise<void>;
}

/** What a request says of its caller; its address believes only the proxies TRUST_PROXY names. */
function requestInfo(req: http.IncomingMessage, trust: Trust): RequestInfo {
  return {
    cookieHeader: req.headers.cookie ?? null,
    authorizationHeader: req.headers.authorization ?? null,
    acceptLanguage: req.headers['accept-language'] ?? null,
    clientAddress: clientAddress(req, trust),
  };
}

/** Applies pending migrations, then loads the demo data when due (embedded and empty, or asked). */
async function migrateAndSeed(orm: MikroORM, env: Env, database: Database, log: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length) log.info(`Applied ${applied.length} migration(s)`);
  const seed = env.SEED_DEMO === 'true' || (env.SEED_DEMO === 'auto' && database.embedded && (await isDatabaseEmpty(orm.em.fork())));
  if (seed) {
    log.info('Loading demo data…');
    await seedDemo(orm.em.fork(), { publicUrl: env.publicUrl });
  }
}

/** Before worker processes start: migrations and demo data, once, from the primary process. */
export async function prepareDatabase(env: Env): Promise<void> {
  const log = createLogger(env.LOG_LEVEL);
  const database = await openDatabase(env, (m) => log.info(m), (m) => log.warn(m));
  const orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 2 } }));
  try {
    await migrateAndSeed(orm, env, database, log);
  } finally {
    await orm.close(true);
    await database.stop();
  }
}

/**
 * Starts Comptoir in this process: database (embedded or not), migrations, demo data when due,
 * jobs, GraphQL on /graphql, and the Remix store and hub for everything else.
 */
export async function startApp(env: Env, options: { log?: Logger; onReady?: (url: string) => void; prepared?: boolean } = {}): Promise<RunningApp> {
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  const database = await openDatabase(env, (m) => log.info(m), (m) => log.warn(m));
  const orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: database.poolMax } }));
  const prepared = database.embedded ? null : openPreparedPool(orm, database.poolMax);
  // Worker processes start on a database their primary has already migrated and seeded.
  if (!options.prepared) await migrateAndSeed(orm, env, database, log);

  // A database unreachable during a failover (no answer at all) must fail a connection attempt,
  // not hold the job loop for ever (decision 23).
  const boss = new PgBoss({ connectionString: database.url, max: 3, schema: 'pgboss', supervise: true, schedule: false, connectionTimeoutMillis: 10_000 } as PgBoss.ConstructorOptions);
  // Sessions kept in memory between requests, forgotten at any change (decision 18). Not on the
  // embedded PGlite (one process, one session: nothing to listen with), nor when turned off.
  const viewerCache = database.embedded || env.SESSION_CACHE_SECONDS === 0 ? null : new ViewerCache(env.SESSION_CACHE_SECONDS * 1000);
  const viewerListener = viewerCache
    ? listenForViewerChanges(connectionOptions(orm), viewerCache, log)
    : null;
  await viewerListener?.ready;
  // What a job changed is seen at once by this process's next request, as after a mutation.
  const metrics = new Metrics({
    orm,
    prepared: prepared?.pool ?? null,
    jobs: () => (boss.getDb() as { pool?: import('pg').Pool }).pool ?? null,
    queues: () => jobs.queues(),
    log,
  });
  const jobs = new Jobs(boss, log, { afterEach: () => viewerCache?.clear(), onProcessed: (queue, ok) => metrics.jobProcessed(queue, ok) });
  const auth = createAuth(() => orm.em.fork(), { secureCookies: env.publicUrl.startsWith('https://'), sessionDays: env.SESSION_DAYS, viewerCache });
  const services: AppServices = { orm, env, auth, jobs, log, viewerCache };


  registerEmailJobs(services);
  registerDashboardJobs(services);
  registerWebhookJobs(services);
  registerTaskJobs(services);
  registerPasswordResetJobs(services);
  registerRegistrationJobs(services);
  // Domain event handlers (decision 27): before any job or request can publish.
  registerEmailHandlers();
  registerActivityHandlers();
  registerWebhookHandlers();
  registerAuditHandlers();
  registerDashboardHandlers();
  registerQuoteHandlers();
  await jobs.start(env.JOBS === 'true');
  await sweepPendingEmails(orm.em.fork(), services);
  await sweepPendingWebhooks(orm.em.fork(), services);

  const app = express();
  app.disable('x-powered-by');
  // No ETag on responses sent whole (GraphQL answers to POST): hashing each body buys nothing.
  app.set('etag', false);
  // One rule for the client address on every route, Express's (req.ip) and the direct GraphQL one.
  const trust = compileTrust(env.TRUST_PROXY);
  app.set('trust proxy', trust);
  const info = (req: http.IncomingMessage) => requestInfo(req, trust);
  // Every answer gets the API's headers; pages replace them with theirs (mountWeb).
  const headers = securityHeaders(env.publicUrl);
  app.use(headers.api);
  // Brotli (else gzip) for pages, scripts, styles and JSON answers above 1 KB (issue 18 M3); images,
  // documents are already compressed (the default filter leaves them); exports stream large files as they are.
  const compress = compression({ threshold: 1024, filter: (req, res) => !req.url?.startsWith('/api/exports/') && compression.filter(req, res) }) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
  app.use(compress);
  // Plain GraphQL POSTs skip Express (server/common/graphql-http.ts); the rest is Express's.
  let direct: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer(
    observeRequests(log, metrics, (req, res) => {
      const answer = direct;
      if (answer && isPlainGraphqlPost(req, '/graphql')) headers.api(req, res, () => compress(req, res, () => answer(req, res)));
      else app(req, res);
    }),
  );
  // Off by default in production (S8): the schema is published with the project, not by the server.
  const introspection = env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : env.NODE_ENV !== 'production';
  const drain = trackConnections(httpServer);

  const schema = await getSchema();
  const apollo = new ApolloServer<Ctx>({
    gateway: jitGateway(schema) as never,
    introspection,
    includeStacktraceInErrorResponses: env.NODE_ENV === 'development',
    // main.ts owns signals: it stops HTTP, jobs, the ORM and the database in order.
    stopOnTerminationSignals: false,
    // Cost, aliases, depth, directives and tokens (issue 11 S3, docs/decisions/0020).
    validationRules: graphqlValidationRules,
    parseOptions: graphqlParseOptions,
    // Nobody here sends persisted queries; the in-memory cache would be anyone's to fill.
    persistedQueries: false,
    formatError: formatGraphqlError(log),
    plugins: [
      graphqlGuardPlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used; left on, it wraps every field resolver of every response.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing pages load from a CDN; development has its own explorer at /graphiql.
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          const started = performance.now();
          return {
            async didResolveOperation({ operation, operationName }) {
              const scope = currentScope();
              // The client's name for the logs (free text, kept short); the metrics use the root field.
              if (scope && !scope.operation) scope.operation = (operationName ?? rootField(operation)).slice(0, 100);
            },
            async willSendResponse({ contextValue, operation, errors, response }) {
              metrics.observeGraphql(operation ? rootField(operation) : 'invalid', operation?.operation ?? 'unknown', !errors?.length, (performance.now() - started) / 1000);
              // The database went away during the operation: 503 and Retry-After (decision 23).
              if (response.body.kind === 'single' && hasServiceUnavailable(response.body.singleResult.errors)) {
                response.http.status = 503;
                response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
                response.body.singleResult.errors = response.body.singleResult.errors!.map((e) =>
                  e.extensions?.code === SERVICE_UNAVAILABLE ? { ...e, message: contextValue.t('errors.serviceUnavailable') } : e,
                );
              }
              // What a mutation changed is seen by the next request of this process at once,
              // without waiting for the notification (decision 18).
              if (operation?.operation === 'mutation') viewerCache?.clear();
              await runAfterCommit(contextValue, (e) => log.error('[after-commit]', e));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/metrics', metricsHandler(metrics, env.METRICS_TOKEN));
  healthRoutes(app, { orm, drain });

  // Large enough for a CSV catalog import of 100,000 lines sent as one string (catalogImportStart),
  // but only for a valid session or token, resolved before the body is read; anyone else (sign-in,
  // public forms, a made-up cookie) stays small. A compressed body is held to the same limit once
  // inflated (express.json counts inflated bytes).
  const LARGE = 25 * 1024 * 1024;
  const SMALL = 1024 * 1024;
  // HTTP callers only: the web's in-process operations are not limited (decision 19).
  const limitApi = apiRateLimit(env.API_RATE_LIMIT);
  const bodyLimit = (ctx: Ctx) => (ctx.viewer.kind === 'anonymous' ? SMALL : LARGE);
  /** A GraphQL operation's context; cookies set while resolving (sign-in, sign-out) go out with the response. */
  const graphqlContext = async (req: http.IncomingMessage, setCookie: (cookie: string) => void): Promise<Ctx> => {
    const ctx = await buildContext(services, info(req)).catch((e) => {
      throw isDatabaseUnavailable(e) ? serviceUnavailableError(translator(requestLanguage(info(req)))) : e;
    });
    await limitApi?.(ctx);
    for (const c of ctx.setCookies) setCookie(c);
    const push = ctx.setCookies.push.bind(ctx.setCookies);
    ctx.setCookies.push = (...cookies: string[]) => {
      for (const c of cookies) setCookie(c);
      return push(...cookies);
    };
    return ctx;
  };
  direct = graphqlHttpHandler(apollo, {
    limit: bodyLimit,
    t: (req) => translator(requestLanguage(info(req))),
    context: graphqlContext,
    onError: (e) => log.error('[graphql] request failed', e),
  });

  // The other GraphQL requests (GET, other body encodings) through Express, first.
  const largeJson = express.json({ limit: LARGE });
  const smallJson = express.json({ limit: SMALL });
  app.use(
    '/graphql',
    (req, res, next) => {
      graphqlContext(req, (c) => res.append('Set-Cookie', c)).then((ctx) => {
        res.locals.graphqlContext = ctx;
        (bodyLimit(ctx) === LARGE ? largeJson : smallJson)(req, res, next);
      }, (e) => {
        if (!answerContextRefusal(res, e)) next(e);
      });
    },
    (req, _res, next) => inScopeOf(req, next), // the body parser's callback left the request's scope
    expressMiddleware(apollo, { context: async ({ res }) => res.locals.graphqlContext as Ctx }),
  );
  // The body parser's refusals (too large, once inflated too; not JSON), answered as the direct route answers them.
  const graphqlBodyRefusal: express.ErrorRequestHandler = (error, req, res, next) => {
    const t = (res.locals.graphqlContext as Ctx | undefined)?.t ?? translator(requestLanguage(info(req)));
    const limit = res.locals.graphqlContext ? bodyLimit(res.locals.graphqlContext) : SMALL;
    if (error?.type === 'entity.too.large') refuseGraphqlRequest(res, 413, 'PAYLOAD_TOO_LARGE', t('errors.requestTooLarge', { max: Math.floor(limit / 1024 / 1024) }));
    else if (error?.type === 'entity.parse.failed') refuseGraphqlRequest(res, 400, 'BAD_REQUEST', t('errors.requestNotJson'));
    else next(error);
  };
  app.use('/graphql', graphqlBodyRefusal);

  // Everything below (uploads, sign-out, language, page actions) refuses POSTs from another site.
  app.use(sameOriginOnly((req) => translator(requestLanguage(info(req)))));

  // Product images: uploaded by staff, served with long-lived caching (before Remix takes over).
  app.use(productImageRoutes({ contextFor: (req) => inScopeOf(req, () => buildContext(services, info(req))), em: () => orm.em.fork() }));
  // Documents attached to orders at checkout: uploaded by the customer's users, read by them and staff.
  app.use(orderDocumentRoutes({ contextFor: (req) => inScopeOf(req, () => buildContext(services, info(req))) }));
  app.use(orderPdfRoutes({ contextFor: (req) => inScopeOf(req, () => buildContext(services, info(req))) }));
  // The PDFs emails carried, for the hub's mailbox (staff only, decision 0059).
  app.use(mailboxAttachmentRoutes({ contextFor: (req) => inScopeOf(req, () => buildContext(services, info(req))) }));
  // The letterhead's logo: uploaded by admins (same-origin checked above), drawn on the PDFs.
  app.use(logoRoutes({ contextFor: (req) => inScopeOf(req, () => buildContext(services, info(req))) }));
  // Exports of orders, customers and products (CSV, XLSX), streamed, for staff and scoped API tokens.
  app.use(exportRoutes({ contextFor: (req) => inScopeOf(req, () => buildContext(services, info(req))) }));

  const loadContext = (req: express.Request, res: express.Response): WebLoadContext => ({
    publicUrl: env.publicUrl,
    cspNonce: cspNonce(res),
    graphqlExplorer: introspection,
    api: {
      async request(query, variables) {
        // The page answers 503 (web's gql throws it on SERVICE_UNAVAILABLE); Remix passes on only
        // the cookies of a thrown response, so Retry-After goes on the response itself.
        const unavailable = () => {
          if (!res.headersSent) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
          return { data: null, errors: [serviceUnavailableError(translator(requestLanguage(info(req)))).toJSON()], setCookies: [] };
        };
        let ctx: Ctx;
        try {
          ctx = await buildContext(services, info(req));
        } catch (e) {
          if (isDatabaseUnavailable(e)) return unavailable();
          throw e;
        }
        const result = await apollo.executeOperation({ query, variables } as GraphQLRequest, { contextValue: ctx });
        if (result.body.kind !== 'single') throw new Error('Incremental delivery is not supported here');
        const { data, errors } = result.body.singleResult;
        if (hasServiceUnavailable(errors) && !res.headersSent) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        return { data: data as never, errors, setCookies: ctx.setCookies };
      },
    },
  });

  let closeWeb = async () => {};
  if (env.WEB === 'true') closeWeb = await mountWeb(app, env, loadContext, headers);
  // The routes outside GraphQL (images, documents) pass their failures here: a database outage is a 503.
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!isDatabaseUnavailable(error) || res.headersSent) return next(error);
    res.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).type('text/plain').send(translator(requestLanguage(info(req)))('errors.serviceUnavailable'));
  });

  await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
  if (env.PUBLIC_URL === undefined) (env as { publicUrl: string }).publicUrl = url;

  let closing: Promise<void> | undefined;
  return {
    url,
    services,
    database,
    close() {
      const step = async (name: string, fn: () => Promise<unknown>) => {
        const t = Date.now();
        await fn();
        if (process.env.DEBUG_SHUTDOWN) log.info(`[shutdown] ${name} ${Date.now() - t} ms`);
      };
      closing ??= (async () => {
        // /healthz and /readyz answer 503 from now on; in-flight requests finish, none is cut.
        await step('http', () => drain.drain(env.SHUTDOWN_TIMEOUT * 1000));
        await step('apollo', () => apollo.stop());
        await step('web', closeWeb);
        await step('activity', () => activityRecorder(services).flush()); // buffered activity rows (V2)
        await step('jobs', () => jobs.stop());
        await step('prepared', async () => prepared?.close());
        await step('viewer-cache', async () => viewerListener?.close());
        metrics.close();
        await step('orm', () => orm.close(true));
        await step('database', () => database.stop());
      })();
      return closing;
    },
  };
}

/** Remix for the store (/) and the hub (/hub): Vite middleware in development, the build otherwise. */
async function mountWeb(
  app: express.Express,
  env: Env,
  loadContext: (req: express.Request, res: express.Response) => WebLoadContext,
  headers: SecurityHeaders,
): Promise<() => Promise<void>> {
  const { createRequestHandler } = await import('@remix-run/express');
  const root = projectRoot;
  const builtServer = join(projectRoot, 'build/server/index.js');
  const readableForms = (build: ServerBuild) =>
    withReadableFormErrors(build, (request) => translator(requestLanguage({ cookieHeader: request.headers.get('cookie'), acceptLanguage: request.headers.get('accept-language') })));
  const useBuild = env.NODE_ENV === 'production' || (env.NODE_ENV === 'test' && existsSync(builtServer));
  // Pages, assets and the web's 404s: the page policy (a nonce per request), over the API's.
  app.use(headers.page({ dev: !useBuild }));
  if (!useBuild) {
    const vite = await import('vite');
    const devServer = await vite.createServer({ root, server: { middlewareMode: true }, appType: 'custom' });
    app.use(devServer.middlewares);
    app.all(
      '*',
      createRequestHandler({
        build: async () => readableForms((await devServer.ssrLoadModule('virtual:remix/server-build')) as never),
        getLoadContext: (req, res) => loadContext(req, res) as never,
      }),
    );
    return () => devServer.close();
  }
  app.use('/assets', express.static(join(projectRoot, 'build/client/assets'), { immutable: true, maxAge: '1y' }));
  // The service worker is checked for a new version at every visit: never from a cache (issue 18 M1).
  app.use(express.static(join(projectRoot, 'build/client'), {
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (/[/\\](sw\.js|workbox-[^/\\]+\.js)$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
    },
  }));
  const build = readableForms(await import(pathToFileURL(builtServer).href));
  app.all('*', createRequestHandler({ build, getLoadContext: (req, res) => loadContext(req, res) as never }));
  return async () => {};
}
