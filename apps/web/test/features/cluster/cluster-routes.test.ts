import { describe, expect, it } from 'vitest';
import { CLUSTER_PROXY_ROUTES } from '../../../src/features/cluster/cluster-routes.ts';
import { matchesCookiePath } from '../../../src/lib/cookie-paths.ts';

const sessionRoute = CLUSTER_PROXY_ROUTES.find((route) => route.side === 'session');
const jwtRoute = CLUSTER_PROXY_ROUTES.find((route) => route.side === 'jwt');

describe('CLUSTER_PROXY_ROUTES', () => {
  it('keeps the memory group’s session cookie away from the redis group', () => {
    const path = sessionRoute?.cookiePaths['/memory/'] ?? '';
    expect(matchesCookiePath('/api/cluster/session/memory/me', path)).toBe(true);
    expect(matchesCookiePath('/api/cluster/session/redis/me', path)).toBe(false);
  });

  it('sends a group’s refresh cookie only to that group’s /refresh', () => {
    const path = jwtRoute?.cookiePaths['/redis/refresh'] ?? '';
    expect(matchesCookiePath('/api/cluster/jwt/redis/refresh', path)).toBe(true);
    expect(matchesCookiePath('/api/cluster/jwt/redis/me', path)).toBe(false);
  });
});
