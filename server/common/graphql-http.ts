import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { TFunction } from 'i18next';
import { GraphQLError } from 'graphql';
import { inScopeOf } from './request-scope.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from './database-errors.js';

// GraphQL's POSTs (every request of the store, the hub and integrators) go straight from Node's
// HTTP server to Apollo: Express's router, request/response decoration and JSON body parser cost
// a tenth of a catalog page's Node time for nothing they add here. Anything else (GET, another
// content type, a compressed body) takes the Express route as before (server/app.ts).

/** Whether this request is a plain GraphQL POST the direct route answers. */
export function isPlainGraphqlPost(req: http.IncomingMessage, path: string): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== path && !url.startsWith(`${path}?`)) return false;
  const type = req.headers['content-type'];
  if (!type || !/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) return false;
  const encoding = req.headers['content-encoding'];
  return !encoding || encoding === 'identity';
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A GraphQL request refused before Apollo saw it, answered as GraphQL errors are. */
export function refuseGraphqlRequest(res: http.ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * A request refused while its context was built (rate limit, database unavailable): a GraphQLError
 * carrying `extensions.http` is answered with its status and headers, as Apollo answers it. False
 * for anything else (a bug: the caller masks it).
 */
export function answerContextRefusal(res: http.ServerResponse, error: unknown): boolean {
  if (!(error instanceof GraphQLError) || res.headersSent) return false;
  const { http: httpInfo, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  if (!httpInfo?.status) return false;
  for (const [key, value] of httpInfo.headers ?? []) res.setHeader(key, value);
  sendJson(res, httpInfo.status, { errors: [{ message: error.message, extensions }] });
  return true;
}

/**
 * Answers a plain GraphQL POST: resolves the caller first (the body may be as large as
 * `limit(context)` bytes: 413 beyond; 400 if it is not JSON), then lets Apollo run it with that
 * context. `context` gets the request and a function that adds a Set-Cookie header to the response.
 */
export function graphqlHttpHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  options: {
    /** The largest body accepted from this caller (who sent no valid credentials gets the small one). */
    limit(context: C): number;
    /** The messages of the errors answered here, in the request's language. */
    t(req: http.IncomingMessage): TFunction;
    context(req: http.IncomingMessage, setCookie: (cookie: string) => void): Promise<C>;
    onError(error: unknown): void;
  },
) {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const refuse = (status: number, code: string, message: string) => refuseGraphqlRequest(res, status, code, message);
    const internal = (e: unknown) => {
      if (res.headersSent) {
        options.onError(e);
        res.destroy();
      } else if (isDatabaseUnavailable(e)) {
        // The database went away (restart, failover): 503 and Retry-After, never the driver's text (decision 23).
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        refuse(503, SERVICE_UNAVAILABLE, options.t(req)('errors.serviceUnavailable'));
      } else {
        options.onError(e);
        refuse(500, 'INTERNAL_SERVER_ERROR', options.t(req)('errors.internal'));
      }
    };
    // From the start: the client may go away while its session is being read.
    req.on('error', (e) => options.onError(e));
    const cookies: string[] = [];
    // The body is read only once the caller is known: a large one is for a valid session or token.
    options.context(req, (cookie) => cookies.push(cookie)).then(
      (context) => read(context),
      (e) => {
        if (answerContextRefusal(res, e)) req.resume();
        else internal(e);
      },
    );

    const read = (context: C) => {
      const limit = options.limit(context);
      const tooLarge = () => refuse(413, 'PAYLOAD_TOO_LARGE', options.t(req)('errors.requestTooLarge', { max: Math.floor(limit / 1024 / 1024) }));
      const declared = Number(req.headers['content-length']);
      if (declared > limit) {
        tooLarge();
        req.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let refused = false;
      req.on('data', (chunk: Buffer) => {
        if (refused) return;
        size += chunk.length;
        if (size > limit) {
          refused = true;
          chunks.length = 0;
          tooLarge();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (refused) return;
        let body: unknown;
        try {
          body = JSON.parse(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
        } catch {
          refuse(400, 'BAD_REQUEST', options.t(req)('errors.requestNotJson'));
          return;
        }
        // Back in the request's scope (request-scope.ts): 'end' comes from the socket.
        inScopeOf(req, () => answer(body, context)).catch(internal);
      });
    };

    const answer = async (body: unknown, context: C) => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '';
      const q = url.indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
        context: async () => context,
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (cookies.length) res.setHeader('set-cookie', cookies);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    };
  };
}
