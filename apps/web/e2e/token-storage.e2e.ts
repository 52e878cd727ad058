/**
 * The JWT side's two token storage modes, end to end: the recommended one (access token in
 * memory, refresh token in an HttpOnly cookie) and the documents' one (both in localStorage, with
 * a visible warning) — each logging in and refreshing for real.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openLab, saveScreenshot } from './helpers/browser.ts';
import { column, panelText, runScenario, selectScenario, stepState } from './helpers/lab-page.ts';

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

const readLocalStorage = (target: Page) =>
  target.evaluate(() => ({
    access: window.localStorage.getItem('access_token'),
    refresh: window.localStorage.getItem('refresh_token'),
  }));

describe('recommended token storage (default)', () => {
  it('keeps the access token in memory and the refresh token in an HttpOnly cookie, and refreshes with it', async () => {
    expect(await page.locator('input[name="token-storage"][value="memory"]').isChecked()).toBe(
      true,
    );
    await runScenario(page, 'jwt');
    expect(await readLocalStorage(page)).toEqual({ access: null, refresh: null });
    expect(await panelText(page, 'jwt', 'memory')).toContain('accessToken');
    expect(await panelText(page, 'jwt', 'cookie-jar')).toContain('authlab.rt');

    const refreshBodies: (string | null)[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/jwt/refresh')) {
        refreshBodies.push(request.postData());
      }
    });
    await selectScenario(page, 'token-refresh');
    await runScenario(page, 'jwt');
    expect(await stepState(page, 'jwt', 'jwt.refresh.respond')).toBe('ok');
    expect(refreshBodies).toEqual(['{}']);
    await saveScreenshot(page, 'storage-recommended');
  });
});

describe("the documents' token storage", () => {
  it('warns, stores both tokens in localStorage, and refreshes with the refresh token from the body', async () => {
    await page.locator('input[name="token-storage"][value="local-storage"]').check();
    await column(page, 'jwt').locator('[data-warning="local-storage"]').waitFor();
    await runScenario(page, 'jwt');
    for (const step of [
      'jwt.storage-documents.login',
      'jwt.login.respond',
      'jwt.storage-documents.save-to-local-storage',
      'jwt.storage-documents.xss-reads-tokens',
    ]) {
      expect(await stepState(page, 'jwt', step), step).toBe('ok');
    }
    const stored = await readLocalStorage(page);
    expect(stored.access).toMatch(/^eyJ/);
    expect(stored.refresh).toMatch(/^eyJ/);
    expect(await panelText(page, 'jwt', 'local-storage')).toContain('Readable by every script');
    expect(await panelText(page, 'jwt', 'memory')).toContain('nothing');
    await column(page, 'jwt').getByText('Refresh token (readable from localStorage!)').waitFor();

    await selectScenario(page, 'token-refresh');
    await runScenario(page, 'jwt');
    expect(await stepState(page, 'jwt', 'jwt.refresh.respond')).toBe('ok');
    expect(await stepState(page, 'jwt', 'jwt.request.respond')).toBe('ok');
    const rotated = await readLocalStorage(page);
    expect(rotated.refresh).toMatch(/^eyJ/);
    expect(rotated.refresh).not.toBe(stored.refresh);
    await saveScreenshot(page, 'storage-documents');
  });
});
