/**
 * The single-flight refresh interceptor against a fake axios adapter: no network, a fake API that
 * accepts only the current access token. (The real thing is covered end to end.)
 */
import axios, { type AxiosAdapter, AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import {
  createSingleFlight,
  installRefreshInterceptor,
} from '../../src/lib/refresh-interceptor.ts';

const CONCURRENT_REQUESTS = 10;

function createFakeApi() {
  const api = { validToken: 'token-1', issuedToken: 'token-1', refreshCalls: 0, requests: 0 };
  const answer = (config: InternalAxiosRequestConfig, status: number, data: unknown) => {
    const response = { status, statusText: String(status), data, headers: {}, config };
    if (status >= 400) {
      throw new AxiosError(`HTTP ${status}`, 'ERR_BAD_REQUEST', config, null, response);
    }
    return response;
  };
  const adapter: AxiosAdapter = async (config) => {
    api.requests += 1;
    await new Promise((resolve) => setTimeout(resolve, 1));
    const authorization = config.headers.get('Authorization');
    return authorization === `Bearer ${api.validToken}`
      ? answer(config, 200, { ok: true })
      : answer(config, 401, { error: { code: 'invalid_token' } });
  };
  return { api, adapter };
}

function createClient(options: { refreshFails?: boolean } = {}) {
  const { api, adapter } = createFakeApi();
  let accessToken = 'token-0';
  const client = axios.create({ adapter });
  client.interceptors.request.use((config) => {
    if (!config.headers.has('Authorization'))
      config.headers.set('Authorization', `Bearer ${accessToken}`);
    return config;
  });
  let retries = 0;
  installRefreshInterceptor(client, {
    readAccessToken: () => accessToken,
    refreshAccessToken: async () => {
      api.refreshCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.refreshFails) throw new Error('refresh refused');
      accessToken = api.issuedToken;
      return accessToken;
    },
    onRetry: () => {
      retries += 1;
    },
  });
  return { client, api, retries: () => retries };
}

describe('installRefreshInterceptor', () => {
  it('answers ten concurrent 401s with exactly one refresh, then retries each request once', async () => {
    const { client, api, retries } = createClient();
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, () => client.get('/users')),
    );
    expect(responses.map((response) => response.status)).toEqual(
      Array(CONCURRENT_REQUESTS).fill(200),
    );
    expect(api.refreshCalls).toBe(1);
    expect(retries()).toBe(CONCURRENT_REQUESTS);
    expect(api.requests).toBe(2 * CONCURRENT_REQUESTS);
  });

  it('retries with the new token, without refreshing again, when the 401 arrives after a refresh', async () => {
    const { client, api } = createClient();
    await client.get('/me');
    await client.get('/me', { headers: { Authorization: 'Bearer token-0' } });
    expect(api.refreshCalls).toBe(1);
  });

  it('gives up after one retry: a second 401 reaches the caller', async () => {
    const { client, api } = createClient();
    api.issuedToken = 'rejected-token';
    await expect(client.get('/me')).rejects.toMatchObject({ response: { status: 401 } });
    expect(api.refreshCalls).toBe(1);
  });

  it('leaves requests marked to skip the refresh alone', async () => {
    const { client, api } = createClient();
    await expect(client.get('/me', { authlabSkipRefresh: true })).rejects.toMatchObject({
      response: { status: 401 },
    });
    expect(api.refreshCalls).toBe(0);
  });

  it('rejects every waiting request when the refresh is refused', async () => {
    const { client, api } = createClient({ refreshFails: true });
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENT_REQUESTS }, () => client.get('/users')),
    );
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(api.refreshCalls).toBe(1);
  });
});

describe('createSingleFlight', () => {
  it('shares one run between callers that overlap, and starts a new one afterwards', async () => {
    let runs = 0;
    const once = createSingleFlight(async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return runs;
    });
    expect(await Promise.all([once(), once(), once()])).toEqual([1, 1, 1]);
    expect(await once()).toBe(2);
  });
});
