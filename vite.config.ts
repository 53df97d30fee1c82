import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

// The store and the hub (web/app). server/app.ts runs this config in middleware mode in development
// and serves build/ otherwise.
export default defineConfig({
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
  ],
  // Listed up front so the first page view does not trigger a dependency re-optimisation (and a reload).
  optimizeDeps: {
    include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', '@remix-run/react', 'i18next', 'react-i18next'],
  },
  server: {
    // Several dev servers (parallel test runs) must not fight over Vite's default HMR port.
    hmr: process.env.VITE_HMR_PORT ? { port: Number(process.env.VITE_HMR_PORT) } : undefined,
  },
});
