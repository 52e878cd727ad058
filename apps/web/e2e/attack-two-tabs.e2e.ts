/**
 * Two real tabs of one browser context, one refresh cookie. Both tabs refresh at the same moment
 * on a slow network (300 ms of latency each way, emulated by Chromium), so both requests leave
 * with the same refresh token. Without the client fixes, reuse detection revokes the family and
 * both tabs are logged out; with Web Locks + BroadcastChannel (the default) one tab refreshes and
 * the other uses its token; with the server's VULNERABLE grace window both refreshes succeed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  attackPanel,
  endAttackSessions,
  openAttacks,
  resetLabModes,
  runAction,
  switchLabMode,
} from './helpers/attacks-page.ts';
import { launchBrowser, saveScreenshot } from './helpers/browser.ts';

const LATENCY_MS = 300;

let browser: Browser;
let first: Page;
let second: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  first = await openAttacks(browser);
  await runAction(first, 'two-tabs', 'two-tabs-login');
  const opened = first.context().waitForEvent('page');
  await attackPanel(first, 'two-tabs').locator('[data-action="two-tabs-open"]').click();
  second = await opened;
  await attackPanel(second, 'two-tabs').locator('[data-action="two-tabs-refresh"]').waitFor();
  for (const page of [first, second]) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
});
afterEach(async () => {
  await first.context().close();
  await resetLabModes();
  await endAttackSessions();
});

const panel = (page: Page) => attackPanel(page, 'two-tabs');
const outcomeOf = (page: Page) =>
  panel(page).locator('[data-outcome]').getAttribute('data-outcome');
const meStatusOf = async (page: Page) => {
  const status = panel(page).locator('[data-me-status]');
  await status.waitFor({ timeout: 15_000 });
  return status.getAttribute('data-me-status');
};
const setFix = async (name: 'lock' | 'broadcast', on: boolean) => {
  const box = panel(first).locator(`[data-fix="${name}"]`);
  if ((await box.isChecked()) !== on) await box.click();
};

describe('two tabs, one refresh token', () => {
  it('without the client fixes, the second refresh is taken for theft and every tab is logged out', async () => {
    await setFix('lock', false);
    await setFix('broadcast', false);
    await runAction(first, 'two-tabs', 'two-tabs-refresh');
    const refreshes = panel(first).locator('[data-request="POST /refresh"]');
    expect(
      await refreshes.evaluateAll((items) =>
        items.map((item) => item.getAttribute('data-status')).sort(),
      ),
    ).toEqual(['200', '401']);
    expect(
      await panel(first)
        .locator('[data-step="jwt.refresh.verify-refresh-token"].step-refused')
        .count(),
    ).toBe(1);
    expect(await meStatusOf(first)).toBe('401');
    expect(await meStatusOf(second)).toBe('401');
    const reuse = panel(first).locator(
      '[data-flow="jwt.attack-two-tabs"] [data-step-id="jwt.refresh.verify-refresh-token"][data-state="failed"]',
    );
    await reuse.waitFor();
    await saveScreenshot(first, 'attack-two-tabs-no-fix');
  });

  it('with Web Locks and BroadcastChannel (the default), one tab refreshes and both stay signed in', async () => {
    await runAction(first, 'two-tabs', 'two-tabs-refresh');
    expect(await meStatusOf(first)).toBe('200');
    expect(await meStatusOf(second)).toBe('200');
    const statuses = await panel(first)
      .locator('[data-request="POST /refresh"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).not.toContain('401');
    expect([await outcomeOf(first), await outcomeOf(second)].sort()).toEqual([
      'refreshed',
      'shared',
    ]);
  });

  it('with the server grace window on and no client fix, both refreshes succeed, labelled', async () => {
    await setFix('lock', false);
    await setFix('broadcast', false);
    await switchLabMode(first, 'refresh-grace-window', true);
    await runAction(first, 'two-tabs', 'two-tabs-refresh');
    const refreshes = panel(first).locator('[data-request="POST /refresh"]');
    expect(
      await refreshes.evaluateAll((items) => items.map((item) => item.getAttribute('data-status'))),
    ).toEqual(['200', '200']);
    expect(await refreshes.nth(1).getAttribute('data-lab-modes')).toBe('refresh-grace-window');
    expect(await meStatusOf(first)).toBe('200');
    expect(await meStatusOf(second)).toBe('200');
  });
});
