/**
 * Presenter mode: large type, one step at a time from the keyboard (→/PageDown, ←/PageUp), the
 * diagram next to the state panels, Esc to leave.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openLab, saveScreenshot } from './helpers/browser.ts';
import { runScenario } from './helpers/lab-page.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('presenter mode', () => {
  it('steps through a run with the keyboard and exits with Esc', async () => {
    const page = await openLab(browser);
    await runScenario(page);
    await page.locator('[data-action="presenter"]').click();
    const presenter = page.locator('[data-presenter]');
    await presenter.waitFor();
    const current = presenter.locator('[data-presenter-step]');
    const position = presenter.locator('.sequence-controls__position');
    expect(await current.getAttribute('data-presenter-step')).toBe('session.login.keep-cookie');
    expect(await position.textContent()).toBe('Event 9 of 9');

    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => current.getAttribute('data-presenter-step'))
      .toBe('session.login.set-cookie');
    await page.keyboard.press('PageUp');
    await expect
      .poll(() => current.getAttribute('data-presenter-step'))
      .toBe('session.login.store-session');
    await page.keyboard.press('PageDown');
    await expect.poll(() => position.textContent()).toBe('Event 8 of 9');

    const fontSize = await presenter.evaluate((element) =>
      Number.parseFloat(getComputedStyle(element).fontSize),
    );
    expect(fontSize).toBeGreaterThanOrEqual(20);
    expect(await presenter.locator('.presenter__state [data-panel="session-store"]').count()).toBe(
      1,
    );
    await saveScreenshot(page, 'presenter-session', { fullPage: false });

    await presenter.locator('[data-presenter-side="jwt"]').click();
    await expect
      .poll(() => current.getAttribute('data-presenter-step'))
      .toBe('jwt.login.keep-tokens');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => current.getAttribute('data-presenter-step')).toBe('jwt.login.respond');
    await saveScreenshot(page, 'presenter-jwt', { fullPage: false });

    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
  });
});
