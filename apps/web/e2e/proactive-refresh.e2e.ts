/**
 * The proactive refresh, driven by its real timer: after a JWT login the page schedules a refresh
 * a minute before the access token's exp (by the browser's clock, from `expires_in`). With
 * Playwright's clock the test moves the browser's time to just past that moment and checks that
 * the page sent ONE POST /refresh on its own, before any request failed, and recorded it as the
 * first phase of the expiry flow.
 *
 * Flow: jwt.expiry (phase "0:14 — proactive refresh"); document 004, "Expiration Handling".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openLab } from './helpers/browser.ts';
import { runScenario, selectScenario, stepState } from './helpers/lab-page.ts';

/** The refresh is due at 14:00 after login: ACCESS_TOKEN_TTL_SECONDS (900) minus a minute. */
const BEFORE_REFRESH_DUE = '13:50';
const PAST_REFRESH_DUE = '00:15';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('proactive refresh', () => {
  it('refreshes by itself a minute before the access token expires, and not earlier', async () => {
    const page: Page = await openLab(browser, { fakeClock: true });
    // Every state-changing call to the JWT API (the lab view's polling is not one).
    const requests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() !== 'GET' && path.startsWith('/api/jwt/') && !path.includes('/lab/')) {
        requests.push(`${request.method()} ${path}`);
      }
    });
    await selectScenario(page, 'login');
    await runScenario(page, 'jwt');
    const afterLogin = requests.length;

    await page.clock.fastForward(BEFORE_REFRESH_DUE);
    expect(requests.slice(afterLogin)).toEqual([]);

    await page.clock.fastForward(PAST_REFRESH_DUE);
    await expect
      .poll(() => requests.slice(afterLogin), { timeout: 15_000 })
      .toEqual(['POST /api/jwt/refresh']);
    await selectScenario(page, 'expiry');
    await expect
      .poll(() => stepState(page, 'jwt', 'jwt.expiry.refresh'), { timeout: 15_000 })
      .toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.expiry.schedule-refresh')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.expiry.keep-new-tokens')).toBe('ok');
  });
});
