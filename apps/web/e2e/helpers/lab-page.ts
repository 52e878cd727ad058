/**
 * What the tests do on the lab page, in the page's own terms: pick a scenario, run it on one side
 * or both, wait for the runs to finish, and read what the page shows — step states, panels,
 * statuses. Waits poll conditions; nothing sleeps.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type Side = 'session' | 'jwt';
export type RunTarget = 'both' | Side;

const POLL = { timeout: 30_000, interval: 50 };

export function column(page: Page, side: Side): Locator {
  return page.locator(`section.column[data-side="${side}"]`);
}

export async function selectScenario(page: Page, scenario: string): Promise<void> {
  await page.locator(`[data-scenario="${scenario}"] input`).check();
}

async function readRunId(page: Page, side: Side): Promise<string | null> {
  const sequence = column(page, side).locator('.sequence').first();
  return (await sequence.count()) === 0 ? null : sequence.getAttribute('data-run-id');
}

/** Clicks a run button and waits until every side it started has finished, successfully. */
export async function runScenario(page: Page, target: RunTarget = 'both'): Promise<void> {
  const sides: Side[] = target === 'both' ? ['session', 'jwt'] : [target];
  const before = await Promise.all(sides.map((side) => readRunId(page, side)));
  await page.locator(`[data-action="run-${target}"]`).click();
  for (const [index, side] of sides.entries()) {
    await expect
      .poll(async () => {
        const runId = await readRunId(page, side);
        if (runId === null || runId === before[index]) return 'not started';
        return column(page, side).locator('.sequence').first().getAttribute('data-run-status');
      }, POLL)
      .toBe('done');
  }
}

/** The state the page shows for the `nth` occurrence of a step in a column's diagram. */
export function stepState(page: Page, side: Side, stepId: string, nth = 0): Promise<string | null> {
  return column(page, side)
    .locator(`.sequence__steps li[data-step-id="${stepId}"]`)
    .nth(nth)
    .getAttribute('data-state');
}

export async function stepStates(page: Page, side: Side): Promise<string[]> {
  return column(page, side)
    .locator('.sequence__steps li[data-step-id]')
    .evaluateAll((items) =>
      items.map(
        (item) => `${item.getAttribute('data-step-id')}=${item.getAttribute('data-state')}`,
      ),
    );
}

export function panel(page: Page, side: Side, name: string): Locator {
  return column(page, side).locator(`.column__section [data-panel="${name}"]`).first();
}

export async function panelText(page: Page, side: Side, name: string): Promise<string> {
  return (await panel(page, side, name).textContent()) ?? '';
}

/** Waits until the column's server panel shows the server clock at `offset` seconds. */
export async function expectClockOffset(page: Page, side: Side, offset: number): Promise<void> {
  await expect
    .poll(
      () =>
        column(page, side)
          .locator('.column__section [data-clock-offset]')
          .first()
          .getAttribute('data-clock-offset'),
      POLL,
    )
    .toBe(String(offset));
}

/** The session id the page's cookie holds, as the lab view shows it (shortened). */
/**
 * The (shortened) store key of the page's session cookie: the store files a session under the
 * HMAC of its id, so this — not the cookie value — is what its store entry is listed by.
 */
export async function readSessionStoreKey(page: Page): Promise<string> {
  const key = await panel(page, 'session', 'cookie-jar')
    .locator('[data-cookie="authlab.sid"][data-browser="main"]')
    .getAttribute('data-store-key');
  if (key === null || key === '') throw new Error('the session cookie has no store key');
  return key;
}

/** Is there a session store entry with this (shortened) store key? */
export function countSessions(page: Page, storeKey: string): Promise<number> {
  return panel(page, 'session', 'session-store').locator(`[data-session-id="${storeKey}"]`).count();
}
