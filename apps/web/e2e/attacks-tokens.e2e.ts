/**
 * The token attacks of the Attacks area, end to end in Chromium against the real APIs and the
 * real attacker site (a different site: the page is on 127.0.0.1, the attacker on localhost):
 * forged tokens accepted by the lab's vulnerable verifier and refused by the real jwt-api (whose
 * jku fetch reaches the stack's attacker site: LAB_ATTACKER_ORIGIN in global-setup.ts); a stolen
 * refresh token in both orders, with the family's rotation history; and the revocation-latency
 * ledger measured by the attacker site's replays on the lab clock.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAttacks as openAttacksArea, resetLabModes } from './helpers/attacks-page.ts';
import { launchBrowser, saveScreenshot } from './helpers/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// The APIs are shared by every e2e file: no lab mode may outlive a test.
afterEach(resetLabModes);

async function openAttacks(): Promise<Page> {
  const page = await openAttacksArea(browser);
  await page.locator('[data-attack="forged-tokens"] [data-action="forgery-prepare"]').waitFor();
  return page;
}

describe('forged tokens', () => {
  it('are accepted by the vulnerable verifier and refused by the real API, each at verify-token', async () => {
    const page = await openAttacks();
    const panel = page.locator('[data-attack="forged-tokens"]');
    await panel.locator('[data-action="forgery-prepare"]').click();
    await panel.locator('[data-control="forgery-pick"]:enabled').waitFor();
    for (const id of [
      'alg-none',
      'kid-traversal',
      'embedded-jwk',
      'jku',
      'weak-secret',
      'tampered-payload',
    ]) {
      await panel.locator('[data-control="forgery-pick"]').selectOption(id);
      if (id === 'alg-none') {
        // Edited in the page, as on jwt.io: another spelling of "none".
        const header = await panel.locator('[data-field="forgery-header"]').inputValue();
        await panel
          .locator('[data-field="forgery-header"]')
          .fill(header.replace('"none"', '"nOnE"'));
      }
      await panel.locator('[data-action="forgery-send"]').click();
      await panel.locator('[data-verdict="vulnerable"][data-accepted="true"]').waitFor();
      await panel.locator('[data-verdict="real"][data-status="401"]').waitFor();
      expect(await panel.locator('[data-refused-at]').getAttribute('data-refused-at'), id).toBe(
        'jwt.auth.verify-token',
      );
    }
    await panel.locator('[data-control="forgery-pick"]').selectOption('alg-confusion');
    await panel.locator('[data-not-in-mode]').waitFor();
    await saveScreenshot(page, 'attacks-forged-tokens');
  });

  it('cracks the weak secret from the wordlist, not the real key, and prints the arithmetic', async () => {
    const page = await openAttacks();
    const panel = page.locator('[data-attack="forged-tokens"]');
    await panel.locator('[data-action="forgery-prepare"]').click();
    await panel.locator('[data-action="forgery-crack"]:enabled').click();
    await panel.locator('[data-crack="weak"][data-secret="secret"]').waitFor();
    await panel.locator('[data-crack="real"][data-found="false"]').waitFor();
    expect(await panel.locator('[data-crack="math"]').textContent()).toMatch(/10\^\d+/);
  });
});

describe('a stolen refresh token', () => {
  it.each([
    ['attacker', ['attacker:200', 'victim:401', 'attacker:401']],
    ['victim', ['victim:200', 'attacker:401', 'victim:401']],
  ])(
    'refreshed first by the %s: the second refresh is reuse and the family is revoked',
    async (first, calls) => {
      const page = await openAttacks();
      const panel = page.locator('[data-attack="stolen-refresh-token"]');
      await panel.locator('[data-action="stolen-refresh-login"]').click();
      await panel.locator(`[data-action="stolen-refresh-${first}-first"]:enabled`).click();
      await panel.locator('[data-revoked-reason="reuse"]').waitFor();
      const seen = await panel
        .locator('[data-refresh-calls] li')
        .evaluateAll((items) =>
          items.map(
            (item) => `${item.getAttribute('data-who')}:${item.getAttribute('data-status')}`,
          ),
        );
      expect(seen).toEqual(calls);
      const events = await panel
        .locator('[data-family-history] li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-event')));
      expect(events.slice(0, 3)).toEqual(['started', 'rotated', 'revoked']);
      await saveScreenshot(page, `attacks-stolen-refresh-${first}-first`);
    },
  );
});

describe('replay after logout', () => {
  /** Until the last row, the stateless refresh token after an admin disable, has been measured. */
  const LEDGER_TIMEOUT_MS = 100_000;

  it(
    'measures zero for the default JWT and until exp for the documents’ stateless JWT, after a logout, an admin revoke and an admin disable',
    async () => {
      const page = await openAttacks();
      const panel = page.locator('[data-attack="replay-after-logout"]');
      await panel.locator('[data-action="ledger-measure"]').click();
      const lastAccepted = (id: string) =>
        panel.locator(`[data-row="${id}"]`).getAttribute('data-last-accepted');
      await panel
        .locator('[data-row="jwt-stateless:refresh-token:admin-disable"]')
        .waitFor({ timeout: LEDGER_TIMEOUT_MS });
      for (const event of ['logout', 'admin-revoke', 'admin-disable']) {
        expect(await lastAccepted(`jwt:access-token:${event}`), event).toBe('never');
        expect(await lastAccepted(`jwt:refresh-token:${event}`), event).toBe('never');
        const access = Number(await lastAccepted(`jwt-stateless:access-token:${event}`));
        const refresh = Number(await lastAccepted(`jwt-stateless:refresh-token:${event}`));
        expect(access, event).toBeGreaterThan(0);
        expect(refresh, event).toBeGreaterThan(access);
      }
      await saveScreenshot(page, 'attacks-revocation-ledger');
    },
    LEDGER_TIMEOUT_MS + 20_000,
  );
});
