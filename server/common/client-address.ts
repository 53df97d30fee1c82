import type http from 'node:http';
import proxyaddr from 'proxy-addr';

// X-Forwarded-For is written by whoever sends the request: believed only from the proxies the
// TRUST_PROXY setting names, else anyone could pose as a new client at every request and escape
// per-client limits (sign-in throttling, API rate limit).

export type Trust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as Express reads `trust proxy`: a hop count (`1`), or addresses, CIDR ranges and
 * proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`), comma-separated. Unset: no proxy.
 * Throws on a value proxy-addr does not accept.
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim();
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(value.split(',').map((v) => v.trim()).filter(Boolean));
}

/** The caller's address: the socket's, or the nearest one a trusted proxy forwarded. */
export function clientAddress(req: http.IncomingMessage, trust: Trust): string {
  return proxyaddr(req as never, trust);
}
