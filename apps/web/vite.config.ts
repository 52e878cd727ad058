/**
 * Vite config: one origin for the page and both APIs.
 *
 * `/api/session/*` → session-api and `/api/jwt/*` → jwt-api (plus the admin console's prefixes,
 * see src/lib/cookie-paths.ts), in `vite` (dev) and `vite preview` alike, so the browser sees a
 * single origin: no CORS, first-party cookies, and the APIs' CSRF check sees the page's own
 * `Origin` — the proxy forwards it unchanged (`changeOrigin` would only rewrite `Host`, and we
 * leave that alone too).
 *
 * The APIs set `Path=/` (session cookie) and `Path=/refresh` (refresh cookie); the proxy rewrites
 * them to the prefixed paths, so the browser sends each cookie only where the API meant it to go.
 * Targets: env SESSION_API_URL and JWT_API_URL, defaulting to the APIs' default ports.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { CLUSTER_PROXY_ROUTES } from './src/features/cluster/cluster-routes.ts';
import { PROXY_ROUTES, type ProxyRoute } from './src/lib/cookie-paths.ts';

const API_TARGETS = {
  session: process.env.SESSION_API_URL ?? 'http://127.0.0.1:4001',
  jwt: process.env.JWT_API_URL ?? 'http://127.0.0.1:4002',
};

function createApiProxy(route: ProxyRoute): ProxyOptions {
  return {
    target: API_TARGETS[route.side],
    changeOrigin: false,
    rewrite: (path) => path.slice(route.prefix.length) || '/',
    cookiePathRewrite: { ...route.cookiePaths },
  };
}

/** Anchored patterns: `/api/session-admin/…` must not be taken for `/api/session`. */
const proxy = Object.fromEntries([
  ...PROXY_ROUTES.map((route) => [`^${route.prefix}(/|$)`, createApiProxy(route)]),
  // The cluster lab's balancers (pnpm run lab:cluster), for the "Several servers" view.
  ...CLUSTER_PROXY_ROUTES.map((route) => [
    `^${route.prefix}(/|$)`,
    {
      target: process.env[route.targetEnv] ?? route.defaultTarget,
      changeOrigin: false,
      rewrite: (path: string) => path.slice(route.prefix.length) || '/',
      cookiePathRewrite: { ...route.cookiePaths },
    } satisfies ProxyOptions,
  ]),
]);

// `cors: false`: page and APIs share one origin, so no CORS header belongs in the answers the
// learner inspects (Vite would otherwise add Access-Control-Allow-Origin to every response).
export default defineConfig({
  plugins: [react()],
  server: { proxy, cors: false },
  preview: { proxy, cors: false },
  build: { target: 'es2022' },
});
