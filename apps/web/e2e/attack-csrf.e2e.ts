/**
 * CSRF from a real second site: the web app on 127.0.0.1, the attacker site on localhost (another
 * site), Chromium attaching — or not — the cookies. Each layer of the session API's CSRF defence is
 * switched off in turn (VULNERABLE lab modes) to show the next one taking over, then SameSite=Lax
 * lets a top-level GET carry the cookie. The JWT column: no bearer header ever, 403 at /refresh.
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
  await runAction(page, 'csrf', 'csrf-login');
});
afterEach(async () => {
  await page.context().close();
  await resetLabModes();
  await endAttackSessions();
});

const column = (side: 'session' | 'jwt') =>
  attackPanel(page, 'csrf').locator(`[data-side="${side}"]`);
const explanations = (side: 'session' | 'jwt') =>
  column(side)
    .locator('[data-explanation]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-explanation')));

describe('CSRF from the attacker site', () => {
  it('refuses the forged form at Fetch Metadata by default, and the victim stays signed in', async () => {
    await runAction(page, 'csrf', 'csrf-form');
    const entry = column('session').locator('[data-request="POST /logout-all"]');
    expect(await entry.getAttribute('data-status')).toBe('403');
    expect(await explanations('session')).toEqual(['explain.cross-site']);
    // The flow's steps, lit from the server's report: the CSRF layer refused, nothing after it ran.
    const csrfStep = column('session').locator(
      '[data-flow="session.attack-csrf"] [data-step-id="session.csrf.check-request"]',
    );
    expect(await csrfStep.getAttribute('data-state')).toBe('failed');
    expect(await column('session').locator('[data-me-status]').getAttribute('data-me-status')).toBe(
      '200',
    );
    await saveScreenshot(page, 'attack-csrf-default');
  });

  it('shows the next layer taking over as each one is switched off, labelled', async () => {
    await switchLabMode(page, 'csrf-no-fetch-metadata', true);
    await runAction(page, 'csrf', 'csrf-form');
    expect(await explanations('session')).toEqual(['explain.origin']);
    expect(
      await column('session')
        .locator('[data-request="POST /logout-all"]')
        .getAttribute('data-lab-modes'),
    ).toBe('csrf-no-fetch-metadata');

    await switchLabMode(page, 'csrf-no-origin-check', true);
    await runAction(page, 'csrf', 'csrf-form');
    expect(await explanations('session')).toEqual(['explain.header']);

    await switchLabMode(page, 'csrf-no-custom-header', true);
    await runAction(page, 'csrf', 'csrf-form');
    // Every header layer off: SameSite=Strict still kept the cookie home.
    expect(await explanations('session')).toEqual(['explain.no-cookie']);
    expect(await column('session').locator('[data-me-status]').getAttribute('data-me-status')).toBe(
      '200',
    );
  });

  it('lets a top-level GET carry a SameSite=Lax cookie, and not a Strict one', async () => {
    await runAction(page, 'csrf', 'csrf-navigate');
    expect(await explanations('session')).toEqual(['explain.no-cookie']);

    await switchLabMode(page, 'csrf-samesite-lax', true);
    await runAction(page, 'csrf', 'csrf-login');
    await runAction(page, 'csrf', 'csrf-navigate');
    expect(await explanations('session')).toEqual(['explain.through']);
    await saveScreenshot(page, 'attack-csrf-lax');
  });

  it('gets 401 from the JWT API on a navigation and 403 at /refresh from a fetch', async () => {
    await runAction(page, 'csrf', 'csrf-navigate-jwt');
    expect(await explanations('jwt')).toEqual(['explain.no-bearer']);

    await runAction(page, 'csrf', 'csrf-fetch');
    expect(
      await column('jwt').locator('[data-request="POST /refresh"]').getAttribute('data-status'),
    ).toBe('403');
    expect(
      await column('session')
        .locator('[data-request="POST /logout-all"]')
        .getAttribute('data-status'),
    ).toBe('403');
    expect(await column('jwt').locator('[data-me-status]').getAttribute('data-me-status')).toBe(
      '200',
    );
  });
});
