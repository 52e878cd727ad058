import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

const STRONG_SECRET = randomBytes(32).toString('hex');

describe('config', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'authlab-session-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses the documented defaults', () => {
    const config = loadConfig({}, { dataDir });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4001,
      host: '127.0.0.1',
      redisUrl: null,
      trustProxy: false,
      cookieSecure: false,
      labEnabled: true,
      allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      loginRateLimitAccount: { limit: 5, windowSeconds: 900 },
      loginRateLimitAddress: { limit: 20, windowSeconds: 900 },
      sessionIdleTimeoutSeconds: 1800,
      sessionAbsoluteTimeoutSeconds: 28_800,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every invalid variable at once', () => {
    const load = () =>
      loadConfig(
        {
          PORT: 'eighty',
          REDIS_URL: 'http://127.0.0.1:6379',
          TRUST_PROXY: 'maybe',
          LOGIN_RATE_LIMIT_ACCOUNT: 'five',
          SESSION_SECRET: 'short',
          SESSION_IDLE_TIMEOUT_SECONDS: '0',
        },
        { dataDir },
      );
    expect(load).toThrow(/PORT/);
    for (const name of [
      'REDIS_URL',
      'TRUST_PROXY',
      'LOGIN_RATE_LIMIT_ACCOUNT',
      'SESSION_SECRET',
      'SESSION_IDLE_TIMEOUT_SECONDS',
    ]) {
      expect(load).toThrow(name);
    }
  });

  it('refuses a weak secret in production', () => {
    const production = { NODE_ENV: 'production', LAB_ENABLED: 'false' };
    expect(() => loadConfig(production, { dataDir })).toThrow(/SESSION_SECRET: is required/);
    expect(() =>
      loadConfig({ ...production, SESSION_SECRET: 'changeme'.repeat(8) }, { dataDir }),
    ).toThrow(/SESSION_SECRET/);
    expect(() =>
      loadConfig({ ...production, SESSION_SECRET: 'ab'.repeat(8) }, { dataDir }),
    ).toThrow(/too short/);
    const config = loadConfig({ ...production, SESSION_SECRET: STRONG_SECRET }, { dataDir });
    expect(config).toMatchObject({ cookieSecure: true, labEnabled: false, isProduction: true });
  });

  it('refuses to enable the lab view in production', () => {
    expect(() =>
      loadConfig(
        { NODE_ENV: 'production', SESSION_SECRET: STRONG_SECRET, LAB_ENABLED: 'true' },
        { dataDir },
      ),
    ).toThrow(/LAB_ENABLED: the lab view must not be enabled in production/);
  });

  it('generates and reuses a development secret', () => {
    const first = loadConfig({}, { dataDir });
    const second = loadConfig({ NODE_ENV: 'development' }, { dataDir });
    expect(first.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(second.sessionSecret).toBe(first.sessionSecret);
    const file = join(dataDir, 'dev-secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ SESSION_SECRET: first.sessionSecret });
  });

  it('refuses an idle timeout longer than the absolute timeout', () => {
    expect(() =>
      loadConfig(
        { SESSION_IDLE_TIMEOUT_SECONDS: '7200', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '3600' },
        { dataDir },
      ),
    ).toThrow(/SESSION_IDLE_TIMEOUT_SECONDS/);
  });
});
