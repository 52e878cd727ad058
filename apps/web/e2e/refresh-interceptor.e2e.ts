/**
 * The real refresh interceptor under concurrent 401s: ten requests with an expired access token
 * fail together, and the page sends exactly one POST /refresh, then retries all ten.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openLab, saveScreenshot } from './helpers/browser.ts';
import { column, runScenario, selectScenario, stepState } from './helpers/lab-page.ts';

const CONCURRENT_REQUESTS = 10;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('refresh interceptor', () => {
  it(`sends one POST /refresh for ${CONCURRENT_REQUESTS} concurrent 401s, then retries each request`, async () => {
    const page: Page = await openLab(browser);
    await runScenario(page, 'jwt');
    const requests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/jwt/refresh' || path === '/api/jwt/users')
        requests.push(`${request.method()} ${path}`);
    });
    await selectScenario(page, 'token-refresh');
    await page.locator('.scenario-options input[type="checkbox"]').check();
    await runScenario(page, 'jwt');

    expect(requests.filter((request) => request === 'POST /api/jwt/refresh')).toHaveLength(1);
    expect(requests.filter((request) => request === 'GET /api/jwt/users')).toHaveLength(
      2 * CONCURRENT_REQUESTS,
    );
    expect(await stepState(page, 'jwt', 'jwt.refresh.rotate')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.refresh.retry')).toBe('ok');
    const extras = column(page, 'jwt').locator('[data-extra-step-id="jwt.refresh.retry"]');
    expect(await extras.count()).toBe(CONCURRENT_REQUESTS - 1);
    expect(
      await column(page, 'jwt').locator('[data-extra-step-id="jwt.refresh.request"]').count(),
    ).toBe(0);
    await saveScreenshot(page, 'refresh-concurrent');
  });
});
