import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import proxyaddr from 'proxy-addr';
import type { TFunction } from 'i18next';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from './database-errors.js';

// GraphQL's POSTs (every request of the store, the hub and integrators) go straight from Node's
// HTTP server to Apollo: Express's router, request/response decoration and JSON body parser cost
// a tenth of a catalog page's Node time for nothing they add here. Anything else (GET, another
// content type, a compressed body) takes the Express route as before (server/app.ts).

const trustLoopback = proxyaddr.compile('loopback');

/** The caller's address as Express computes it with `trust proxy = loopback`. */
export function clientAddress(req: http.IncomingMessage): string {
  return proxyaddr(req as never, trustLoopback);
}

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

/**
 * Answers a plain GraphQL POST: reads the body (at most `limit(req)` bytes: 413 beyond; 400 if it
 * is not JSON), then lets Apollo run it. `context` gets the request and a function that adds a
 * Set-Cookie header to the response.
 */
export function graphqlHttpHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  options: {
    limit(req: http.IncomingMessage): number;
    /** The messages of the errors answered here, in the request's language. */
    t(req: http.IncomingMessage): TFunction;
    context(req: http.IncomingMessage, setCookie: (cookie: string) => void): Promise<C>;
    onError(error: unknown): void;
  },
) {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const limit = options.limit(req);
    const refuse = (status: number, code: string, message: string) => sendJson(res, status, { errors: [{ message, extensions: { code } }] });
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
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (e) => options.onError(e));
    req.on('end', () => {
      if (refused) return;
      let body: unknown;
      try {
        body = JSON.parse(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
      } catch {
        refuse(400, 'BAD_REQUEST', options.t(req)('errors.requestNotJson'));
        return;
      }
      void answer(body);
    });

    const answer = async (body: unknown) => {
      try {
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const url = req.url ?? '';
        const q = url.indexOf('?');
        const cookies: string[] = [];
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
          context: () => options.context(req, (cookie) => cookies.push(cookie)),
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
      } catch (e) {
        if (res.headersSent) {
          options.onError(e);
          res.destroy();
        } else if (isDatabaseUnavailable(e)) {
          res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
          refuse(503, SERVICE_UNAVAILABLE, options.t(req)('errors.serviceUnavailable'));
        } else {
          options.onError(e);
          refuse(500, 'INTERNAL_SERVER_ERROR', options.t(req)('errors.internal'));
        }
      }
    };
  };
}
