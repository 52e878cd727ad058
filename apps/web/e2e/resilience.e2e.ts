/**
 * The page around the lab: languages (switchable, remembered), keyboard-only use, and a clear
 * message — not a blank column — when an API does not answer.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openLab, saveScreenshot } from './helpers/browser.ts';
import { column, runScenario, stepState } from './helpers/lab-page.ts';
import { WEB_ORIGIN } from './helpers/ports.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('languages', () => {
  it('switches to Vietnamese and remembers it after a reload', async () => {
    const page = await openLab(browser);
    await page.locator('[data-language="vi"]').click();
    await page.getByRole('button', { name: 'Chạy cả hai' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.reload();
    await page.getByRole('button', { name: 'Chạy cả hai' }).waitFor();
    await runScenario(page);
    expect(await column(page, 'jwt').getByText('Trạng thái nằm ở đâu').count()).toBe(1);
    await saveScreenshot(page, 'language-vietnamese');
  });
});

describe('keyboard', () => {
  it('runs a scenario and opens a step with the keyboard alone', async () => {
    const page = await openLab(browser);
    await page.locator('input[type="password"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stepState(page, 'session', 'session.login.keep-cookie'), { timeout: 30_000 })
      .toBe('ok');
    await expect
      .poll(() => stepState(page, 'jwt', 'jwt.login.keep-tokens'), { timeout: 30_000 })
      .toBe('ok');
    const step = column(page, 'session').locator(
      'li[data-step-id="session.login.set-cookie"] button',
    );
    await step.focus();
    expect(await step.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Set-Cookie is hidden from JavaScript');
    expect(await dialog.textContent()).toContain('added by the browser');
    await saveScreenshot(page, 'keyboard-exchange', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('an API that does not answer', () => {
  it('shows what to do instead of a blank column, and keeps the other side usable', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.route('**/api/jwt/**', (route) => route.fulfill({ status: 502, body: '' }));
    await page.goto(`${WEB_ORIGIN}/`);
    const alert = column(page, 'jwt').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The JWT API is not answering.');
    expect(await alert.textContent()).toContain('pnpm --filter @authlab/jwt-api dev');
    expect(await page.locator('[data-action="run-jwt"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="run-session"]').isEnabled()).toBe(true);
    await saveScreenshot(page, 'api-down');
    await context.close();
  });
});
