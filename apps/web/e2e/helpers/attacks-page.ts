/**
 * Driving the Attacks area (#attacks): open it with the attacker site's origin for this stack,
 * run one attack of a panel and wait for the servers' answers, switch lab modes, and leave the
 * APIs as the attacks found them — every lab mode off, no session of John's or Jane's left in the
 * session store (the APIs are shared by all e2e files, and other files count the sessions).
 */
import { DEMO_USERS } from '@authlab/flows/demo-users';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ATTACKER_ORIGIN,
  ATTACKER_PORT,
  HOST,
  JWT_API_PORT,
  SESSION_API_PORT,
  WEB_ORIGIN,
} from './ports.ts';

const SESSION_API = `http://${HOST}:${SESSION_API_PORT}`;
const API_ORIGINS = [SESSION_API, `http://${HOST}:${JWT_API_PORT}`];
const CSRF_HEADER = { 'X-Requested-With': 'authlab' };

export async function openAttacks(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript((origin) => {
    window.localStorage.setItem('authlab.lab.attacker-origin', origin);
  }, ATTACKER_ORIGIN);
  const page = await context.newPage();
  await page.goto(`${WEB_ORIGIN}/#attacks`);
  await page.locator('[data-view="attacks"]').waitFor();
  return page;
}

export function attackPanel(page: Page, attack: string): Locator {
  return page.locator(`[data-attack="${attack}"]`);
}

/** Clicks an action of the panel and waits until the panel is idle again. */
export async function runAction(page: Page, attack: string, action: string): Promise<void> {
  const panel = attackPanel(page, attack);
  await panel.locator(`[data-action="${action}"]`).click();
  await panel.locator('[data-busy="false"]').waitFor({ timeout: 30_000 });
}

export async function switchLabMode(page: Page, id: string, on: boolean): Promise<void> {
  const box = page.locator(`[data-lab-mode="${id}"]`).first();
  if ((await box.isChecked()) !== on) await box.click();
  await page.waitForFunction(
    ([selector, wanted]) =>
      (document.querySelector(selector) as HTMLInputElement | null)?.checked === wanted,
    [`[data-lab-mode="${id}"]`, on] as const,
  );
}

/** Every lab mode of both APIs off, straight through their lab routes. */
export async function resetLabModes(): Promise<void> {
  for (const origin of API_ORIGINS) {
    const listed = (await (await fetch(`${origin}/lab/modes`)).json()) as {
      modes: { id: string; on: boolean }[];
    };
    for (const mode of listed.modes.filter((candidate) => candidate.on)) {
      await fetch(`${origin}/lab/modes/${mode.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' },
        body: JSON.stringify({ on: false }),
      });
    }
  }
}

/** What the attacker site's collector holds, straight from it. */
export async function readLoot(): Promise<{ kind: string; data: unknown }[]> {
  const response = await fetch(`http://${HOST}:${ATTACKER_PORT}/loot`);
  return ((await response.json()) as { loot: { kind: string; data: unknown }[] }).loot;
}

/**
 * Ends every session the attacks started: John (an admin) signs in straight at the session API,
 * ends Jane's sessions (the attacker's own logins), then all of his own, this one included.
 */
export async function endAttackSessions(): Promise<void> {
  const [john, jane] = DEMO_USERS;
  if (john === undefined || jane === undefined) throw new Error('The demo users are missing.');
  const login = await fetch(`${SESSION_API}/login`, {
    method: 'POST',
    headers: { ...CSRF_HEADER, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: john.email, password: john.password }),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const headers = { ...CSRF_HEADER, Cookie: cookie };
  await fetch(`${SESSION_API}/admin/users/${jane.id}/sessions`, { method: 'DELETE', headers });
  await fetch(`${SESSION_API}/logout-all`, { method: 'POST', headers });
}
