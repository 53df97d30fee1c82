import http from 'node:http';
import type { TestServer } from './server.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/**
 * A GraphQL request to the test server from the loopback source address `from` (Linux routes all
 * of 127/8 to lo, so 127.0.0.2, 127.0.0.3… are distinct real clients), on a fresh connection.
 * GET requests carry the query in the URL and Apollo's preflight header.
 */
export function graphqlFrom<V = object>(
  server: TestServer,
  from: string,
  options: { query: string | DocumentTypeDecoration<unknown, V>; variables?: V; headers?: Record<string, string>; method?: 'GET' | 'POST' },
): Promise<Answer> {
  const url = new URL(`${server.url}/graphql`);
  const query = String(options.query);
  const data = JSON.stringify({ query, variables: options.variables ?? {} });
  const get = options.method === 'GET';
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: get ? `/graphql?query=${encodeURIComponent(query)}` : '/graphql',
        method: get ? 'GET' : 'POST',
        localAddress: from,
        agent: false,
        headers: get
          ? { 'apollo-require-preflight': 'true', ...options.headers }
          : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(get ? undefined : data);
  });
}
