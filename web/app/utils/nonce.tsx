import { createContext, useContext } from 'react';

// The request's Content-Security-Policy nonce (decision 21), from the server's load context to
// the <Scripts> and <ScrollRestoration> of root.tsx. Browsers hide a nonce from the page, so on
// the client it is empty, which is all hydration needs.
const NonceContext = createContext('');

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
