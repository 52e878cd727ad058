import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commonEnvShape, toCommonConfig } from '../src/common-config.ts';
import { readConfig } from '../src/config.ts';

const DEFAULTS = { port: 4001, instanceIdPrefix: 'demo', redisKeyPrefix: 'authlab:demo:' };

function loadCommonConfig(env: Record<string, string>) {
  return toCommonConfig(readConfig(env, commonEnvShape(env, DEFAULTS)));
}

describe('commonEnvShape()', () => {
  it('uses the documented development defaults', () => {
    const config = loadCommonConfig({});
    expect(config).toEqual({
      nodeEnv: 'development',
      isProduction: false,
      port: 4001,
      host: '127.0.0.1',
      instanceId: expect.stringMatching(/^demo-[0-9a-f]{6}$/),
      redisUrl: null,
      redisKeyPrefix: 'authlab:demo:',
      allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      trustProxy: false,
      cookieSecure: false,
      labEnabled: true,
      labModes: [],
      serverTimingDurations: true,
      logLevel: 'info',
      usersDbPath: null,
      loginRateLimitAccount: { limit: 5, windowSeconds: 900 },
      loginRateLimitAddress: { limit: 20, windowSeconds: 900 },
    });
    expect(Object.isFrozen(config.allowedOrigins)).toBe(true);
  });

  it('makes cookies Secure and turns the lab view off in production', () => {
    expect(loadCommonConfig({ NODE_ENV: 'production' })).toMatchObject({
      isProduction: true,
      cookieSecure: true,
      labEnabled: false,
    });
  });

  it('refuses to enable the lab view in production', () => {
    expect(() => loadCommonConfig({ NODE_ENV: 'production', LAB_ENABLED: 'true' })).toThrow(
      /LAB_ENABLED: the lab view must not be enabled in production/,
    );
  });

  it('starts with every vulnerable lab mode off', () => {
    expect(loadCommonConfig({}).labModes).toEqual([]);
  });

  it('switches on the lab modes LAB_MODES names, each once', () => {
    const config = loadCommonConfig({
      LAB_MODES: 'csrf-samesite-lax, refresh-grace-window,csrf-samesite-lax',
    });
    expect(config.labModes).toEqual(['csrf-samesite-lax', 'refresh-grace-window']);
  });

  it('refuses an unknown lab mode', () => {
    expect(() => loadCommonConfig({ LAB_MODES: 'no-passwords' })).toThrow(
      /LAB_MODES: unknown lab mode\(s\): no-passwords/,
    );
  });

  it('refuses lab modes in production', () => {
    expect(() =>
      loadCommonConfig({ NODE_ENV: 'production', LAB_MODES: 'csrf-no-origin-check' }),
    ).toThrow(/LAB_MODES: vulnerable lab modes are refused in production/);
  });

  it('refuses lab modes while the lab is disabled', () => {
    expect(() =>
      loadCommonConfig({ LAB_ENABLED: 'false', LAB_MODES: 'fixation-keep-pre-login-id' }),
    ).toThrow(/LAB_MODES: vulnerable lab modes need LAB_ENABLED=true/);
  });

  it('lists every invalid variable at once, with an API variable too', () => {
    const env = {
      PORT: 'eighty',
      INSTANCE_ID: 'has spaces',
      REDIS_URL: 'http://127.0.0.1:6379',
      TRUST_PROXY: 'maybe',
      LOGIN_RATE_LIMIT_ADDRESS: 'twenty',
    };
    const shape = { ...commonEnvShape(env, DEFAULTS), API_TTL_SECONDS: z.coerce.number() };
    expect(() => readConfig({ ...env, API_TTL_SECONDS: 'soon' }, shape)).toThrow(
      /PORT[\s\S]*INSTANCE_ID[\s\S]*REDIS_URL[\s\S]*TRUST_PROXY[\s\S]*LOGIN_RATE_LIMIT_ADDRESS[\s\S]*API_TTL_SECONDS/,
    );
  });

  it('sends Server-Timing durations in development only, unless SERVER_TIMING_DURATIONS says so', () => {
    expect(loadCommonConfig({}).serverTimingDurations).toBe(true);
    expect(loadCommonConfig({ NODE_ENV: 'production' }).serverTimingDurations).toBe(false);
    expect(
      loadCommonConfig({ NODE_ENV: 'production', SERVER_TIMING_DURATIONS: 'true' })
        .serverTimingDurations,
    ).toBe(true);
  });
});
