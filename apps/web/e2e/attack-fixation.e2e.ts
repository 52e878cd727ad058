/**
 * Session fixation in Chromium: the attacker site's server signs in as Jane and hands over its
 * session id, the lab plants it in the victim's browser, John logs in through the page, and the
 * attacker's server replays the id. Secure default: the id is dead (regenerate()); with the
 * VULNERABLE lab mode "keep the pre-login id" it opens John's session.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  attackPanel,
  endAttackSessions,
  openAttacks,
  readLoot,
  resetLabModes,
  runAction,
  switchLabMode,
} from './helpers/attacks-page.ts';
import { launchBrowser, saveScreenshot } from './helpers/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await openAttacks(browser);
});
afterEach(async () => {
  await page.context().close();
  await resetLabModes();
  await endAttackSessions();
});

const session = () => attackPanel(page, 'fixation').locator('[data-side="session"]');

describe('session fixation', () => {
  it('kills the planted id at login by default', async () => {
    await runAction(page, 'fixation', 'fixation-run');
    expect(await session().locator('[data-replay-status]').getAttribute('data-replay-status')).toBe(
      '401',
    );
    const login = session().locator('[data-request="POST /login"]').nth(1);
    expect(await login.locator('[data-step="session.login.regenerate-id"]').count()).toBe(1);
    const flowStates = await session()
      .locator('[data-flow="session.attack-fixation"] [data-step-id]')
      .evaluateAll((items) =>
        items
          .filter((item) => item.getAttribute('data-state') !== 'drawn')
          .map((item) => item.getAttribute('data-state')),
      );
    // Every server step of the flow happened as drawn; the replay's load-session reported "missing".
    expect(flowStates.filter((state) => state === 'skipped' || state === 'pending')).toEqual([]);
    expect(flowStates.filter((state) => state === 'failed')).toHaveLength(1);
    expect((await readLoot()).map((entry) => entry.kind)).toContain('planted-session-id');
    await saveScreenshot(page, 'attack-fixation-default');
  });

  it('with "keep the pre-login id" on, the planted id opens John\'s session, labelled', async () => {
    await switchLabMode(page, 'fixation-keep-pre-login-id', true);
    await runAction(page, 'fixation', 'fixation-run');
    expect(await session().locator('[data-replay-status]').getAttribute('data-replay-status')).toBe(
      '200',
    );
    expect(await session().textContent()).toContain('John Doe');
    const login = session().locator('[data-request="POST /login"]').nth(1);
    expect(await login.getAttribute('data-lab-modes')).toBe('fixation-keep-pre-login-id');
    expect(await login.locator('[data-step="session.login.regenerate-id"]').count()).toBe(0);
  });
});
