import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The store and the hub (web/app). server/app.ts runs this config in middleware mode in development
// and serves build/ otherwise.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    remix({
      appDirectory: 'web/app',
      buildDirectory: 'build',
      ignoredRouteFiles: ['**/*.server.ts', '**/*.test.{ts,tsx}', '**/.*'],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        // Loaders return json() with Set-Cookie headers; single fetch would change both. Not yet.
        v3_singleFetch: false,
      },
    }),
    // The service worker (issue 18 M1, decision 38), written into build/client by the browser build
    // only: it precaches the icons and the offline page, keeps the hashed scripts and styles as used; pages themselves
    // always come from the network (prices and stock are live) and fall back to /offline. The
    // manifest is a route (the store's name comes from the settings), not this plugin's.
    VitePWA({
            // The server build only needs the virtual registration module to resolve.
            disable: Boolean(isSsrBuild),
            strategies: 'generateSW',
            registerType: 'prompt',
            injectRegister: false,
            manifest: false,
            includeManifestIcons: false,
            workbox: {
              // Installing stays light: the icons and the offline page; each script and style is
              // kept the first time a page uses it (hashed names: never stale).
              globPatterns: ['icons/*.{png,svg}'],
              // The offline page is rendered in the language of whoever installs the worker.
              additionalManifestEntries: [{ url: '/offline', revision: String(Date.now()) }],
              navigateFallback: null,
              cleanupOutdatedCaches: true,
              runtimeCaching: [
                {
                  urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/hub') && !url.pathname.startsWith('/graphiql'),
                  handler: 'NetworkOnly',
                  options: { precacheFallback: { fallbackURL: '/offline' } },
                },
                {
                  urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
                  handler: 'CacheFirst',
                  options: { cacheName: 'assets', expiration: { maxEntries: 200, maxAgeSeconds: 365 * 24 * 3600 } },
                },
              ],
            },
          }),
  ],
  // Listed up front so the first page view does not trigger a dependency re-optimisation (and a reload).
  optimizeDeps: {
    include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', '@remix-run/react', 'i18next', 'react-i18next'],
  },
  server: {
    // Several dev servers (parallel test runs) must not fight over Vite's default HMR port.
    hmr: process.env.VITE_HMR_PORT ? { port: Number(process.env.VITE_HMR_PORT) } : undefined,
  },
}));
