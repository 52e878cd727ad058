/**
 * What the tests read on the "Several servers" view: a column, and the answers it lists — their
 * statuses in order, and which instances gave them. Waits poll conditions; nothing sleeps.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type ClusterSide = 'session' | 'jwt';

const POLL = { timeout: 30_000, interval: 50 };

export function clusterColumn(page: Page, side: ClusterSide): Locator {
  return page.locator(`[data-cluster-column][data-side="${side}"]`);
}

/** The statuses of the answers a column lists, in order, once `count` rows are there. */
export async function readStatuses(
  page: Page,
  side: ClusterSide,
  count: number,
): Promise<string[]> {
  const rows = clusterColumn(page, side).locator('[data-answer]');
  await expect.poll(() => rows.count(), POLL).toBe(count);
  return rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-status') ?? ''));
}

export async function readInstances(page: Page, side: ClusterSide): Promise<Set<string>> {
  const rows = clusterColumn(page, side).locator('[data-answer]');
  return new Set(
    await rows.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-instance') ?? ''),
    ),
  );
}

/** The `kid` of the token each JWT answer carried, in order. */
export async function readKids(page: Page): Promise<string[]> {
  return clusterColumn(page, 'jwt')
    .locator('[data-answer] [data-kid]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-kid') ?? ''));
}

/** The kid the `es256` signer signs with, as the JWT column shows it. */
export async function readSigningKid(page: Page): Promise<string> {
  return (
    (await clusterColumn(page, 'jwt')
      .locator('[data-signing-kid]')
      .getAttribute('data-signing-kid')) ?? ''
  );
}
