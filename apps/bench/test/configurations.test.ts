import { describe, expect, it } from 'vitest';
import {
  BENCH_LOGIN_RATE_LIMIT,
  buildConfigurations,
  CONFIGURATION_IDS,
  redisKeyPrefix,
} from '../src/configurations.ts';

const context = { redisUrl: 'redis://127.0.0.1:6379', dataDir: '/tmp/bench-data', runId: 'run1' };

describe('buildConfigurations', () => {
  const configurations = buildConfigurations(context);
  const byId = new Map(configurations.map((configuration) => [configuration.id, configuration]));

  it('builds every configuration, the bare route first', () => {
    expect(configurations.map((configuration) => configuration.id)).toEqual([...CONFIGURATION_IDS]);
  });

  it('starts every server as production does, each with its own users database', () => {
    const paths = new Set<string>();
    for (const { server } of configurations) {
      expect(server.env).toMatchObject({ NODE_ENV: 'production', LOG_LEVEL: 'error' });
      paths.add(server.env.USERS_DB_PATH ?? '');
    }
    expect(paths.size).toBe(configurations.length);
  });

  it('gives the APIs strong secrets and a real P-256 key for ES256', () => {
    expect(byId.get('session-memory')?.server.env.SESSION_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(byId.get('jwt-hs256-memory')?.server.env).toMatchObject({ JWT_ALGORITHM: 'HS256' });
    expect(byId.get('jwt-es256-memory')?.server.env.JWT_PRIVATE_KEY).toContain(
      '-----BEGIN PRIVATE KEY-----',
    );
  });

  it('gives the naive server the same HS256 secret, as a string', () => {
    expect(byId.get('naive-jwt-hs256')?.server.env.JWT_SECRET).toBe(
      byId.get('jwt-hs256-memory')?.server.env.JWT_SECRET,
    );
  });

  it('raises the login rate limits so that the login measurement never meets a 429', () => {
    expect(byId.get('jwt-hs256-memory')?.server.env).toMatchObject({
      LOGIN_RATE_LIMIT_ACCOUNT: BENCH_LOGIN_RATE_LIMIT,
      LOGIN_RATE_LIMIT_ADDRESS: BENCH_LOGIN_RATE_LIMIT,
    });
  });

  it('namespaces every Redis configuration under the run prefix, one prefix each', () => {
    const redisConfigurations = configurations.filter((configuration) => configuration.usesRedis);
    const prefixes = redisConfigurations.map(({ server }) => server.env.REDIS_KEY_PREFIX ?? '');
    expect(new Set(prefixes).size).toBe(redisConfigurations.length);
    for (const prefix of prefixes) expect(prefix.startsWith(redisKeyPrefix('run1'))).toBe(true);
    expect(byId.get('session-memory')?.server.env.REDIS_URL).toBeUndefined();
  });

  it('passes no Redis to any server when none answered', () => {
    for (const { server } of buildConfigurations({ ...context, redisUrl: null })) {
      expect(server.env.REDIS_URL).toBeUndefined();
    }
  });

  it('carries the targets of the issues', () => {
    const targets = Object.fromEntries(configurations.map((c) => [c.id, c.minRatioToBare]));
    expect(targets).toMatchObject({
      'session-memory': 0.45,
      'session-redis': 0.33,
      'jwt-hs256-memory': 0.33,
    });
  });
});
