import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  assertStrongSecret,
  envBoolean,
  envOrigins,
  envRateLimit,
  envSeconds,
  envStrongSecret,
  loadDevSecret,
  parseOrigins,
  readConfig,
} from '../src/config.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535),
  JWT_SECRET: z.string().min(64),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']),
  LAB_ENABLED: envBoolean(false),
  ALLOWED_ORIGINS: envOrigins('http://localhost:5173'),
});

describe('readConfig()', () => {
  it('returns the typed configuration', () => {
    const config = readConfig(
      { PORT: '4001', JWT_SECRET: 'a'.repeat(64), LOG_LEVEL: 'info', LAB_ENABLED: 'true' },
      schema,
    );
    expect(config).toEqual({
      PORT: 4001,
      JWT_SECRET: 'a'.repeat(64),
      LOG_LEVEL: 'info',
      LAB_ENABLED: true,
      ALLOWED_ORIGINS: ['http://localhost:5173'],
    });
  });

  it('accepts a plain shape as well as a z.object', () => {
    expect(readConfig({ PORT: '1' }, { PORT: z.coerce.number() })).toEqual({ PORT: 1 });
  });

  it('throws one error listing every bad variable, without their values', () => {
    const env = {
      PORT: 'eighty',
      JWT_SECRET: 'short-secret-value',
      LAB_ENABLED: 'yes',
      ALLOWED_ORIGINS: 'http://ok.example,http://x.example/path',
    };
    expect(() => readConfig(env, schema)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /PORT[\s\S]*JWT_SECRET[\s\S]*LOG_LEVEL: is required[\s\S]*LAB_ENABLED[\s\S]*ALLOWED_ORIGINS/,
        ),
      }),
    );
    expect(() => readConfig(env, schema)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('short-secret-value') }),
    );
  });
});

describe('envRateLimit()', () => {
  it('reads <limit>/<window seconds> and falls back to the default', () => {
    const shape = { LIMIT: envRateLimit('5/900') };
    expect(readConfig({}, shape)).toEqual({ LIMIT: { limit: 5, windowSeconds: 900 } });
    expect(readConfig({ LIMIT: ' 20/60 ' }, shape)).toEqual({
      LIMIT: { limit: 20, windowSeconds: 60 },
    });
  });

  it.each(['five', '5', '0/900', '5/0', '5/900/1', '-5/900'])('rejects "%s"', (value) => {
    expect(() => readConfig({ LIMIT: value }, { LIMIT: envRateLimit('5/900') })).toThrow(
      /LIMIT: expected <limit>\/<window seconds>/,
    );
  });
});

describe('envSeconds()', () => {
  it('reads whole seconds from 1 to a year and falls back to the default', () => {
    const shape = { TTL_SECONDS: envSeconds(900) };
    expect(readConfig({}, shape)).toEqual({ TTL_SECONDS: 900 });
    expect(readConfig({ TTL_SECONDS: '31536000' }, shape)).toEqual({ TTL_SECONDS: 31_536_000 });
    for (const value of ['0', '1.5', '31536001', 'soon']) {
      expect(() => readConfig({ TTL_SECONDS: value }, shape)).toThrow(/TTL_SECONDS/);
    }
  });
});

describe('envStrongSecret()', () => {
  it('lists a weak secret by name with the other bad variables, never by value', () => {
    const shape = { PORT: z.coerce.number(), SECRET: envStrongSecret('SECRET') };
    const load = () => readConfig({ PORT: 'eighty', SECRET: 'short-secret' }, shape);
    expect(load).toThrow(/PORT[\s\S]*SECRET: SECRET is too short/);
    expect(load).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('short-secret') }),
    );
    const strong = '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b';
    expect(readConfig({ PORT: '1', SECRET: strong }, shape)).toEqual({ PORT: 1, SECRET: strong });
  });
});

describe('parseOrigins()', () => {
  it('normalises a comma-separated list and drops duplicates', () => {
    expect(
      parseOrigins(' http://LOCALHOST:5173/ , https://lab.example:443,http://localhost:5173'),
    ).toEqual(['http://localhost:5173', 'https://lab.example']);
  });

  it.each([
    'not a url',
    'null',
    'ftp://files.example',
    'http://a.example/path',
    'http://a.example?x=1',
  ])('rejects %s', (value) => {
    expect(() => parseOrigins(value)).toThrow();
  });
});

describe('loadDevSecret()', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'authlab-http-'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a 0600 file with a hex secret on first use and reuses it after', () => {
    const first = loadDevSecret(dataDir, 'JWT_SECRET');
    const filePath = join(dataDir, 'dev-secrets.json');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(filePath).mode & 0o777).toBe(0o600);
    expect(loadDevSecret(dataDir, 'JWT_SECRET')).toBe(first);
    const second = loadDevSecret(dataDir, 'SESSION_SECRET', 48);
    expect(second).toMatch(/^[0-9a-f]{96}$/);
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toEqual({
      JWT_SECRET: first,
      SESSION_SECRET: second,
    });
  });

  it('refuses to run with NODE_ENV=production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => loadDevSecret(dataDir, 'JWT_SECRET')).toThrow(/production/);
  });
});

describe('assertStrongSecret()', () => {
  it('accepts 32 random bytes as hex or base64', () => {
    expect(() =>
      assertStrongSecret('3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b'),
    ).not.toThrow();
    expect(() => assertStrongSecret('OnvT4jYKPSnupDb8+35Exz3RF8QtHBg1QgtrmULdTxs=')).not.toThrow();
  });

  it.each([
    ['too short', 'a1b2c3d4e5f6'],
    ['one repeated character', 'a'.repeat(64)],
    ['a placeholder word', 'change-me-please-this-is-my-secret-key-for-jwt'],
    ['a low-variety value', 'abab'.repeat(20)],
  ])('rejects a secret that is %s', (_name, value) => {
    expect(() => assertStrongSecret(value, 32, 'JWT_SECRET')).toThrow(/JWT_SECRET/);
  });
});
