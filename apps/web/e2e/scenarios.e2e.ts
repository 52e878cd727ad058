/**
 * Every scenario of the scenario bar, run on both backends at once, checked by what the page
 * shows: which steps lit up and how, what the state panels hold, the server clocks back at 0.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openLab, saveScreenshot } from './helpers/browser.ts';
import {
  column,
  countSessions,
  expectClockOffset,
  panelText,
  readSessionStoreKey,
  runScenario,
  selectScenario,
  stepState,
  stepStates,
} from './helpers/lab-page.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  page = await openLab(browser);
});

describe('login', () => {
  it('logs in on both sides and shows the cookie, the tokens and the server state', async () => {
    await runScenario(page);
    expect(await stepStates(page, 'session')).toEqual(
      expect.arrayContaining([
        'session.login.verify-credentials=ok',
        'session.login.set-cookie=ok',
        'session.login.keep-cookie=ok',
      ]),
    );
    expect((await stepStates(page, 'session')).every((state) => state.endsWith('=ok'))).toBe(true);
    expect((await stepStates(page, 'jwt')).every((state) => state.endsWith('=ok'))).toBe(true);

    const sessionJar = await panelText(page, 'session', 'cookie-jar');
    expect(sessionJar).toContain('authlab.sid');
    expect(sessionJar).toContain('HttpOnly');
    expect(sessionJar).toContain('the page cannot read this');
    expect(await panelText(page, 'session', 'session-store')).toContain('Session store (1)');
    expect(await panelText(page, 'session', 'users-row')).toContain('john@example.com');

    expect(await panelText(page, 'jwt', 'memory')).toContain('accessToken');
    expect(await panelText(page, 'jwt', 'cookie-jar')).toContain('Path=/api/jwt/refresh');
    expect(await panelText(page, 'jwt', 'local-storage')).toContain('empty');
    expect(await panelText(page, 'jwt', 'refresh-families')).toContain('live');
    await column(page, 'jwt').locator('[data-claim="exp"] [data-countdown]').waitFor();
    expect(await column(page, 'jwt').locator('[data-claim="sub"]').textContent()).toContain('"42"');
    await saveScreenshot(page, 'scenario-login');
  });

  it('shows a refused login as the step that refused it', async () => {
    await page.locator('button.demo-user', { hasText: 'sam@example.com' }).click();
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.login.verify-credentials')).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.login.verify-credentials')).toBe('failed');
    expect(await stepState(page, 'session', 'session.login.store-session')).toBe('skipped');
    expect(await panelText(page, 'session', 'cookie-jar')).toContain('empty');
    await saveScreenshot(page, 'scenario-login-refused');
  });
});

describe('protected request', () => {
  it('sends the cookie by itself on one side and the Bearer token on the other', async () => {
    await selectScenario(page, 'protected-request');
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.request.query-users')).toBe('ok');
    expect(await stepState(page, 'session', 'session.request.respond')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.auth.check-revocation')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.request.respond')).toBe('ok');
    expect(await panelText(page, 'session', 'authorization')).toContain('none on the last request');
    expect(await panelText(page, 'jwt', 'authorization')).toContain('Authorization: Bearer eyJ');
    await saveScreenshot(page, 'scenario-protected-request');
  });

  it('refuses a non-admin with 403 on both sides', async () => {
    await page.locator('button.demo-user', { hasText: 'jane@example.com' }).click();
    await selectScenario(page, 'protected-request');
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.request.authorize')).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.request.authorize')).toBe('failed');
    await saveScreenshot(page, 'scenario-protected-request-forbidden');
  });
});

describe('token refresh', () => {
  it('refreshes once after the 401 and retries on the JWT side; the session just slides', async () => {
    await selectScenario(page, 'token-refresh');
    await runScenario(page);
    expect(await stepState(page, 'jwt', 'jwt.auth.verify-token', 0)).toBe('failed');
    expect(await column(page, 'jwt').locator('.step--failed').first().textContent()).toContain(
      'desc="expired"',
    );
    for (const step of [
      'jwt.refresh.intercept-401',
      'jwt.refresh.rotate',
      'jwt.refresh.keep-new-tokens',
      'jwt.refresh.retry',
    ]) {
      expect(await stepState(page, 'jwt', step), step).toBe('ok');
    }
    expect(await stepState(page, 'jwt', 'jwt.request.respond')).toBe('ok');
    expect(await stepState(page, 'session', 'session.request.respond')).toBe('ok');
    expect(await column(page, 'jwt').locator('[data-lab-event="lab.clock"]').count()).toBe(2);
    await expectClockOffset(page, 'jwt', 0);
    await expectClockOffset(page, 'session', 0);
    await saveScreenshot(page, 'scenario-token-refresh');
  });
});

describe('logout', () => {
  it('ends the session and denylists the token; replayed copies are refused', async () => {
    await runScenario(page);
    const storeKey = await readSessionStoreKey(page);
    expect(await countSessions(page, storeKey)).toBe(1);
    await selectScenario(page, 'logout');
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.logout.destroy-session')).toBe('ok');
    expect(await stepState(page, 'session', 'session.auth.reject')).toBe('ok');
    expect(await countSessions(page, storeKey)).toBe(0);
    expect(await panelText(page, 'session', 'cookie-jar')).toContain('empty');

    expect(await stepState(page, 'jwt', 'jwt.logout.deny-access-token')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.logout.revoke-family')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.auth.check-revocation', 1)).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.auth.reject')).toBe('ok');
    expect(await panelText(page, 'jwt', 'denylist')).toMatch(/\(\d+\)jti/);
    expect(await panelText(page, 'jwt', 'refresh-families')).toContain('revoked');
    expect(await panelText(page, 'jwt', 'memory')).toContain('nothing');
    await saveScreenshot(page, 'scenario-logout');
  });

  it("shows the documents' client-only logout leaving the copied token valid", async () => {
    await selectScenario(page, 'logout');
    await page.locator('input[name="logout-mode"][value="client-only"]').check();
    await runScenario(page, 'jwt');
    expect(await stepState(page, 'jwt', 'jwt.logout-client-only.delete-tokens')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.logout-client-only.replay-access-token')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.request.respond')).toBe('ok');
    expect(await panelText(page, 'jwt', 'memory')).toContain('nothing');
    expect(await panelText(page, 'jwt', 'cookie-jar')).toContain('authlab.rt');
    await saveScreenshot(page, 'scenario-logout-client-only');
  });
});

describe('revocation', () => {
  it("ends Jane's sessions from the admin console: her next request is refused on both sides", async () => {
    await selectScenario(page, 'revocation');
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.revoke.destroy-user-sessions')).toBe('ok');
    expect(await stepState(page, 'session', 'session.revocation.victim-request')).toBe('ok');
    expect(await stepState(page, 'session', 'session.auth.load-session', 1)).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.revoke.bump-credential-version')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.auth.check-revocation', 1)).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.auth.reject')).toBe('ok');
    expect(await panelText(page, 'session', 'cookie-jar')).toContain('admin console');
    await saveScreenshot(page, 'scenario-revocation');
  });

  it("disables Jane's account, refuses her next request, and re-enables her", async () => {
    await selectScenario(page, 'revocation');
    await page.locator('input[name="revocation-variant"][value="disable-account"]').check();
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.revoke.update-user')).toBe('ok');
    expect(await stepState(page, 'session', 'session.auth.load-session', 1)).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.revoke.update-user')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.auth.check-revocation', 1)).toBe('failed');
    const reEnabled = column(page, 'jwt').locator('.sequence__exchanges li', {
      hasText: 'PATCH /api/jwt-admin/admin/users/43',
    });
    expect(await reEnabled.count()).toBe(2);
    expect(await reEnabled.nth(1).textContent()).toContain('→ 200');
    await saveScreenshot(page, 'scenario-revocation-disable');
  });

  it('replays a token after logout', async () => {
    await selectScenario(page, 'revocation');
    await page.locator('input[name="revocation-variant"][value="replay-after-logout"]').check();
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.logout.replay-old-cookie')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.logout.replay-access-token')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.auth.check-revocation', 1)).toBe('failed');
    expect(await column(page, 'session').locator('.step__note').textContent()).toContain(
      'HttpOnly',
    );
    await saveScreenshot(page, 'scenario-revocation-replay');
  });
});

describe('expiry', () => {
  it('walks both timelines on the moved server clocks and resets them to 0', async () => {
    await selectScenario(page, 'expiry');
    await runScenario(page);
    expect(await stepState(page, 'session', 'session.expiry.request-in-window')).toBe('ok');
    expect(await stepState(page, 'session', 'session.expiry.store-ttl-expires')).toBe('ok');
    expect(await stepState(page, 'session', 'session.auth.load-session', 1)).toBe('failed');
    expect(await stepState(page, 'session', 'session.expiry.request-after-absolute')).toBe('ok');
    expect(await stepState(page, 'session', 'session.auth.load-session', 2)).toBe('failed');

    expect(await stepState(page, 'jwt', 'jwt.expiry.schedule-refresh')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.expiry.keep-new-tokens')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.refresh.verify-refresh-token', 1)).toBe('failed');
    expect(await stepState(page, 'jwt', 'jwt.expiry.log-in-again')).toBe('ok');
    await expectClockOffset(page, 'session', 0);
    await expectClockOffset(page, 'jwt', 0);
    await saveScreenshot(page, 'scenario-expiry');
  });
});
