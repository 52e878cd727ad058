/**
 * One learner's whole path, on both sides in one page: log in, call a protected route, let the
 * access token expire and be refreshed, log out — each run checked before the next starts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openLab, saveScreenshot } from './helpers/browser.ts';
import {
  countSessions,
  expectClockOffset,
  panelText,
  readSessionStoreKey,
  runScenario,
  selectScenario,
  stepStates,
} from './helpers/lab-page.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const notOk = (states: string[]) => states.filter((state) => !state.endsWith('=ok'));

describe('a full run on both sides', () => {
  it('logs in, requests, refreshes and logs out', async () => {
    const page = await openLab(browser);

    await runScenario(page);
    expect(notOk(await stepStates(page, 'session'))).toEqual([]);
    expect(notOk(await stepStates(page, 'jwt'))).toEqual([]);
    const storeKey = await readSessionStoreKey(page);
    expect(await countSessions(page, storeKey)).toBe(1);

    await selectScenario(page, 'protected-request');
    await runScenario(page);
    expect(notOk(await stepStates(page, 'session'))).toEqual([]);
    expect(notOk(await stepStates(page, 'jwt'))).toEqual([]);
    expect(await page.locator('.sequence__setup').count()).toBe(0);

    await selectScenario(page, 'token-refresh');
    await runScenario(page);
    expect(notOk(await stepStates(page, 'session'))).toEqual([]);
    expect(notOk(await stepStates(page, 'jwt'))).toEqual(['jwt.auth.verify-token=failed']);
    await expectClockOffset(page, 'jwt', 0);

    await selectScenario(page, 'logout');
    await runScenario(page);
    expect(await countSessions(page, storeKey)).toBe(0);
    expect(await panelText(page, 'jwt', 'refresh-families')).toContain('revoked');
    expect(notOk(await stepStates(page, 'jwt'))).toEqual(['jwt.auth.check-revocation=failed']);
    await saveScreenshot(page, 'full-run-logout');
  });
});
