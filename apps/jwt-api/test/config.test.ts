import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import {
  generateEs256PrivateKeyPem,
  publicKeyPemOf,
  TEST_JWT_SECRET,
} from './helpers/build-test-app.ts';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET } as const;

describe('config', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jwt-api-config-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists every invalid variable at once', () => {
    const load = () =>
      loadConfig(
        {
          PORT: 'eighty',
          JWT_ALGORITHM: 'RS256',
          ACCESS_TOKEN_TTL_SECONDS: '-1',
          LOGIN_RATE_LIMIT_ACCOUNT: 'five',
          ALLOWED_ORIGINS: 'http://localhost:5173/path',
        },
        { dataDir },
      );

    expect(load).toThrow(/PORT/);
    for (const name of [
      'JWT_ALGORITHM',
      'ACCESS_TOKEN_TTL_SECONDS',
      'LOGIN_RATE_LIMIT_ACCOUNT',
      'ALLOWED_ORIGINS',
    ]) {
      expect(load).toThrow(name);
    }
  });

  it('refuses a weak secret in production', () => {
    for (const secret of ['secret', 'changeme-changeme-changeme-changeme', 'a'.repeat(64)]) {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(
        /JWT_SECRET/,
      );
    }
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required/);
    expect(loadConfig(PRODUCTION).jwtSecret).toBe(TEST_JWT_SECRET);
  });

  it('requires a P-256 private key for ES256 in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_ALGORITHM: 'ES256' })).toThrow(
      /JWT_PRIVATE_KEY/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: 'not a pem' }),
    ).toThrow(/JWT_PRIVATE_KEY/);
    const pem = generateEs256PrivateKeyPem();
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_ALGORITHM: 'ES256',
      JWT_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
      JWT_PREVIOUS_PUBLIC_KEYS: publicKeyPemOf(generateEs256PrivateKeyPem()),
    });
    expect(config.jwtPrivateKeyPem).toBe(pem.trim());
    expect(config.jwtPreviousPublicKeyPems).toHaveLength(1);
  });

  it('refuses to enable the lab view in production', () => {
    expect(() => loadConfig({ ...PRODUCTION, LAB_ENABLED: 'true' })).toThrow(/LAB_ENABLED/);
    const config = loadConfig(PRODUCTION);
    expect(config.labEnabled).toBe(false);
    expect(config.cookieSecure).toBe(true);
  });

  it('lets the vulnerable verifier fetch a jku from 127.0.0.1 only', () => {
    for (const origin of [
      'http://localhost:4300',
      'https://127.0.0.1:4300',
      'http://10.0.0.1:80',
    ]) {
      expect(() => loadConfig({ LAB_ATTACKER_ORIGIN: origin }, { dataDir })).toThrow(
        /LAB_ATTACKER_ORIGIN/,
      );
    }
    expect(loadConfig({}, { dataDir }).labAttackerOrigin).toBe('http://127.0.0.1:4300');
  });

  it('generates and reuses a development secret', () => {
    const first = loadConfig({}, { dataDir });
    const second = loadConfig({}, { dataDir });

    expect(first.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    const file = join(dataDir, 'dev-secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).JWT_SECRET).toBe(first.jwtSecret);
  });

  it('generates and reuses a development ES256 key', () => {
    const first = loadConfig({ JWT_ALGORITHM: 'ES256' }, { dataDir });
    const second = loadConfig({ JWT_ALGORITHM: 'ES256' }, { dataDir });

    expect(first.jwtPrivateKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(second.jwtPrivateKeyPem).toBe(first.jwtPrivateKeyPem);
    expect(statSync(join(dataDir, 'dev-es256-private-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('starts in development with no environment at all, with safe defaults', () => {
    const config = loadConfig({}, { dataDir });

    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4002,
      host: '127.0.0.1',
      redisUrl: null,
      trustProxy: false,
      cookieSecure: false,
      labEnabled: true,
      jwtAlgorithm: 'HS256',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 604_800,
      refreshFamilyMaxAgeSeconds: 2_592_000,
      loginRateLimitAccount: { limit: 5, windowSeconds: 900 },
      loginRateLimitAddress: { limit: 20, windowSeconds: 900 },
      allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
    });
  });
});

describe('config of a verifier (JWT_JWKS_URL)', () => {
  const JWKS_URL = 'https://signer.example/.well-known/jwks.json';

  it('holds no key and defaults to ES256', () => {
    const config = loadConfig({ ...PRODUCTION, JWT_SECRET: undefined, JWT_JWKS_URL: JWKS_URL });

    expect(config).toMatchObject({
      jwtJwksUrl: JWKS_URL,
      jwtAlgorithm: 'ES256',
      jwtSecret: null,
      jwtPrivateKeyPem: null,
    });
  });

  it('refuses any key variable next to the URL, naming each', () => {
    const load = () =>
      loadConfig({
        JWT_JWKS_URL: JWKS_URL,
        JWT_SECRET: TEST_JWT_SECRET,
        JWT_PRIVATE_KEY: generateEs256PrivateKeyPem(),
      });

    expect(load).toThrow(/JWT_SECRET: must not be set with JWT_JWKS_URL/);
    expect(load).toThrow(/JWT_PRIVATE_KEY: must not be set with JWT_JWKS_URL/);
  });

  it('refuses HS256: a shared secret cannot be published in a JWKS', () => {
    expect(() => loadConfig({ JWT_JWKS_URL: JWKS_URL, JWT_ALGORITHM: 'HS256' })).toThrow(
      /JWT_ALGORITHM: must be ES256 with JWT_JWKS_URL/,
    );
  });

  it('refuses a URL that is not http(s), and plain http in production', () => {
    expect(() => loadConfig({ JWT_JWKS_URL: 'file:///etc/keys.json' })).toThrow(/JWT_JWKS_URL/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'http://signer.example/jwks.json' }),
    ).toThrow(/JWT_JWKS_URL: must be an https URL in production/);
  });
});
