import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../../web/app/graphql/client.server.js';

// S1: the one guard every `redirectTo` goes through. A target is kept only when a browser,
// resolving it against this site as a Location header (WHATWG URL parsing), stays on this site;
// anything else falls back. What it returns is what the browser will follow.

const SITE = 'https://shop.example.test';
/** Where a browser goes when this site answers with `Location: location`. */
const landing = (location: string) => new URL(location, `${SITE}/sign-in`);

describe('safeRedirect', () => {
  it.each([
    '/',
    '/cart',
    '/products/UHJvZHVjdDox?tab=stock#prices',
    '/hub/customers?q=caf%C3%A9&status=ACTIVE',
    '/orders/%2F%2Fnot-a-host',
    '/search?next=//evil.test',
  ])('keeps %j, a path on this site', (target) => {
    const kept = safeRedirect(target);
    expect(kept).toBe(target);
    expect(landing(kept).origin).toBe(SITE);
  });

  it.each([
    // tabs, newlines and carriage returns are dropped by browsers before parsing
    '/\t/evil.test/phish',
    '/\n/evil.test',
    '/\r\n/evil.test',
    '\t//evil.test',
    '/%09/evil.test/phish', // as it arrives before decoding: harmless, kept only if on-site (see below)
    // backslashes are slashes in http(s) URLs
    '/\\evil.test',
    '/\\/evil.test',
    '\\\\evil.test',
    '/\t\\evil.test',
    // protocol-relative and absolute
    '//evil.test',
    '///evil.test',
    '//evil.test/path?x=1',
    'https://evil.test',
    'http:evil.test',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    // dot segments that end as "//host" once resolved
    '/.//evil.test',
    '/..//evil.test',
    '/a/..//evil.test',
    '/./\t/evil.test',
    '/%2e/%2e//evil.test',
    // user info, odd forms
    '//user@evil.test',
    '/\u0000//evil.test',
    ' //evil.test',
    'evil.test',
    '',
  ])('never leaves this site for %j', (target) => {
    const result = safeRedirect(target);
    expect(landing(result).origin).toBe(SITE);
    expect(result).not.toMatch(/[\t\r\n]/);
    expect(result.startsWith('/') && !result.startsWith('//') && !result.startsWith('/\\')).toBe(true);
  });

  it('falls back (to the given fallback) when the target leaves this site', () => {
    expect(safeRedirect('/\t/evil.test/phish')).toBe('/');
    expect(safeRedirect('/\\evil.test', '/hub')).toBe('/hub');
    expect(safeRedirect('/.//evil.test', '/hub')).toBe('/hub');
    expect(safeRedirect('https://evil.test')).toBe('/');
  });

  it('answers what it checked: a newline inside a path is dropped, never sent in a header', () => {
    expect(safeRedirect('/car\nt')).toBe('/cart');
    expect(() => new Headers({ Location: safeRedirect('/orders\r\nSet-Cookie: x=1') })).not.toThrow();
  });

  it('keeps nothing that is not a string starting with "/"', () => {
    expect(safeRedirect(null)).toBe('/');
    expect(safeRedirect(undefined, '/hub')).toBe('/hub');
    expect(safeRedirect(new File(['x'], 'x.txt') as unknown as string)).toBe('/');
  });
});
