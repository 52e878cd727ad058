/**
 * The token attacks of the Attacks area, end to end in Chromium against the real APIs and the
 * real attacker site (a different site: the page is on 127.0.0.1, the attacker on localhost):
 * forged tokens accepted by the lab's vulnerable verifier and refused by the real jwt-api; a stolen
 * refresh token in both orders, with the family's rotation history; and the revocation-latency
 * ledger measured by the attacker site's replays on the lab clock.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from './helpers/browser.ts';
import { HOST, WEB_ORIGIN } from './helpers/ports.ts';
import {
  type StartedProcess,
  startProcess,
  stopProcess,
  waitForHttp,
} from './helpers/processes.ts';

const ATTACKER_URL = `http://${HOST}:4300`;
const ATTACKER_DIR = fileURLToPath(new URL('../../attacker-site/', import.meta.url));

let browser: Browser;
let attacker: StartedProcess | null = null;

/** The attacker site, unless the stack already runs one. */
async function ensureAttackerSite(): Promise<void> {
  try {
    if ((await fetch(`${ATTACKER_URL}/loot`)).ok) return;
  } catch {
    // Not running: start it below.
  }
  attacker = startProcess(
    'attacker-site',
    join(ATTACKER_DIR, 'node_modules/.bin/tsx'),
    ['src/server.ts'],
    {
      cwd: ATTACKER_DIR,
      env: { ...process.env, ATTACKER_TARGET_ORIGIN: WEB_ORIGIN, ATTACKER_HOST: HOST },
      logPath: join(tmpdir(), `authlab-e2e-attacker-site-${process.pid}.log`),
    },
  );
  await waitForHttp(`${ATTACKER_URL}/loot`, attacker, 60_000);
}

beforeAll(async () => {
  await ensureAttackerSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (attacker !== null) await stopProcess(attacker);
});

async function openAttacks(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${WEB_ORIGIN}/#attacks`);
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
  it('measures zero for the default JWT and until exp for the documents’ stateless JWT', async () => {
    const page = await openAttacks();
    const panel = page.locator('[data-attack="replay-after-logout"]');
    await panel.locator('[data-action="ledger-measure"]').click();
    const row = (id: string) => panel.locator(`[data-row="${id}"]`);
    await row('jwt-stateless:refresh-token').waitFor({ timeout: 50_000 });
    expect(await row('jwt:access-token').getAttribute('data-last-accepted')).toBe('never');
    expect(await row('jwt:refresh-token').getAttribute('data-last-accepted')).toBe('never');
    const access = Number(
      await row('jwt-stateless:access-token').getAttribute('data-last-accepted'),
    );
    const refresh = Number(
      await row('jwt-stateless:refresh-token').getAttribute('data-last-accepted'),
    );
    expect(access).toBeGreaterThan(0);
    expect(refresh).toBeGreaterThan(access);
    await saveScreenshot(page, 'attacks-revocation-ledger');
  });
});
