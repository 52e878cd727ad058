/**
 * The "Several servers" view in Chromium, against a real cluster: twelve API instances behind two
 * balancers (@authlab/cluster-lab, its own redis-server on a free port) and a `vite preview` of
 * the built app whose proxy points at those balancers. What the learner should see: memory
 * sessions refused on two instances in three, Redis and JWT answered everywhere, a logout or
 * revocation honoured everywhere only where the store is shared, a stopped instance skipped, and
 * in the ES256 group a key rotation that leaves the token in hand valid on every instance.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../src/features/cluster/cluster-client.ts';
import { launchBrowser, saveScreenshot } from './helpers/browser.ts';
import {
  clusterColumn,
  readInstances,
  readKids,
  readSigningKid,
  readStatuses,
} from './helpers/cluster-page.ts';
import { type ClusterStack, startClusterStack } from './helpers/cluster-stack.ts';

const VIEWPORT = { width: 1600, height: 1000 };
const LOG_LINES_SHOWN = 30;
const REDIS_SERVER_INSTALLED = spawnSync('redis-server', ['--version']).error === undefined;

let browser: Browser;
let stack: ClusterStack;

beforeAll(async () => {
  stack = await startClusterStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/**
 * Three JWT instances shown running. If not, the failure carries what the balancer reports and the
 * instances' last lines: CI keeps only its log, not the machine's files.
 */
async function waitForRunningInstances(page: Page): Promise<void> {
  try {
    await clusterColumn(page, 'jwt').locator('[data-state="running"]').nth(2).waitFor();
  } catch (error) {
    const reported = await fetch(`${stack.origin}/api/cluster/jwt/_cluster/instances`)
      .then(async (response) => {
        const { groups } = (await response.json()) as ClusterStatus;
        return groups.flatMap((group) => group.instances.map((i) => `${i.id} ${i.state}`));
      })
      .catch((fault: Error) => [`unreachable (${fault.message})`]);
    const output = existsSync(stack.logPath) ? readFileSync(stack.logPath, 'utf8') : '';
    throw new Error(
      [
        `fewer than 3 JWT instances shown running; the balancer reports: ${reported.join(', ')}`,
        (error as Error).message,
        `the instances' last lines:\n${output.split('\n').slice(-LOG_LINES_SHOWN).join('\n')}`,
      ].join('\n'),
    );
  }
}

async function openClusterView(group: 'memory' | 'redis' | 'es256'): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await page.goto(`${stack.origin}/#cluster`);
  await waitForRunningInstances(page);
  await page.locator(`[data-group="${group}"] input`).check();
  await page.locator('[data-action="cluster-login"]').click();
  await readStatuses(page, 'jwt', 1);
  return page;
}

async function sendRequests(page: Page, count: number): Promise<void> {
  await page.locator('[data-control="count"]').selectOption(String(count));
  await page.locator('[data-action="cluster-ask"]').click();
  await readStatuses(page, 'session', count);
  await readStatuses(page, 'jwt', count);
}

describe('the memory group', () => {
  it('shows the session refused by the instances that did not see the login, and JWT accepted by all', async () => {
    const page = await openClusterView('memory');
    await sendRequests(page, 9);
    expect(new Set(await readStatuses(page, 'session', 9))).toEqual(new Set(['200', '401']));
    expect(new Set(await readStatuses(page, 'jwt', 9))).toEqual(new Set(['200']));
    await saveScreenshot(page, 'cluster-memory');
  });
});

describe('the memory group, continued', () => {
  it('shows a JWT logout on one instance ignored by the other two', async () => {
    const page = await openClusterView('memory');
    await page.locator('[data-action="cluster-revoke"]').click();
    const [logout, ...replays] = await readStatuses(page, 'jwt', 4);
    expect([logout, replays.filter((status) => status === '200').length]).toEqual(['200', 2]);
  });

  it('shows sticky routing keeping the session on its instance: 200 every time', async () => {
    const page = await openClusterView('memory');
    await page.locator('[data-action="cluster-sticky"]').click();
    await page.locator('[data-action="cluster-sticky"][aria-pressed="true"]').waitFor();
    await page.locator('[data-action="cluster-login"]').click();
    await readStatuses(page, 'session', 1);
    await sendRequests(page, 6);
    expect(new Set(await readStatuses(page, 'session', 6))).toEqual(new Set(['200']));
    await page.locator('[data-action="cluster-sticky"]').click();
    await page.locator('[data-action="cluster-sticky"][aria-pressed="false"]').waitFor();
  });
});

describe('the memory group, HS256 secret changed on one instance only', () => {
  it('shows tokens refused wherever the secret differs from the one that signed them', async () => {
    const page = await openClusterView('memory');
    const instanceOne = clusterColumn(page, 'jwt').locator('[data-instance-id="jwt-memory-1"]');
    await page.locator('[data-action="cluster-own-secret"]').click();
    await instanceOne.and(page.locator('[data-own-secret="true"][data-state="running"]')).waitFor({
      timeout: 30_000,
    });
    await page.locator('[data-action="cluster-login"]').click();
    await readStatuses(page, 'jwt', 1);
    await sendRequests(page, 6);
    expect(new Set(await readStatuses(page, 'jwt', 6))).toEqual(new Set(['200', '401']));
    await page.locator('[data-action="cluster-own-secret"]').click();
    await instanceOne.and(page.locator('[data-state="running"]:not([data-own-secret])')).waitFor({
      timeout: 30_000,
    });
  });
});

describe('the memory group, instances changed outside the page', () => {
  it('shows an instance stopped and started from the control API without a click', async () => {
    const page = await openClusterView('memory');
    const chip = clusterColumn(page, 'jwt').locator('[data-instance-id="jwt-memory-3"]');
    for (const [action, state] of [
      ['stop', 'stopped'],
      ['start', 'running'],
    ] as const) {
      const answer = await fetch(
        `${stack.origin}/api/cluster/jwt/_cluster/instances/jwt-memory-3/${action}`,
        { method: 'POST', headers: { 'X-Requested-With': 'authlab' } },
      );
      expect(answer.status).toBe(200);
      await chip.and(page.locator(`[data-state="${state}"]`)).waitFor();
    }
  });
});

// Like the API suites' Redis tests: skipped, not failed, where Redis cannot be had (.ci/run
// installs it, so CI runs them).
describe.runIf(REDIS_SERVER_INSTALLED)('the redis group', () => {
  it('shows 200 from three instances on both sides', async () => {
    const page = await openClusterView('redis');
    await sendRequests(page, 12);
    for (const side of ['session', 'jwt'] as const) {
      expect(new Set(await readStatuses(page, side, 12))).toEqual(new Set(['200']));
      expect((await readInstances(page, side)).size).toBe(3);
    }
    await saveScreenshot(page, 'cluster-redis');
  });

  it('shows a revocation on one instance refused by every instance', async () => {
    const page = await openClusterView('redis');
    await page.locator('[data-action="cluster-revoke"]').click();
    expect(await readStatuses(page, 'session', 4)).toEqual(['200', '401', '401', '401']);
    expect(await readStatuses(page, 'jwt', 4)).toEqual(['200', '401', '401', '401']);
  });

  it('routes around a stopped instance 2, then brings it back', async () => {
    const page = await openClusterView('redis');
    await page.locator('[data-action="cluster-instance-2"]').click();
    await clusterColumn(page, 'session')
      .locator('[data-instance-id="session-redis-2"][data-state="stopped"]')
      .waitFor();
    await sendRequests(page, 6);
    expect(await readInstances(page, 'session')).toEqual(
      new Set(['session-redis-1', 'session-redis-3']),
    );
    await page.locator('[data-action="cluster-instance-2"]').click();
    await clusterColumn(page, 'session')
      .locator('[data-instance-id="session-redis-2"][data-state="running"]')
      .waitFor({ timeout: 30_000 });
  });
});

describe('the es256 group', () => {
  /** The es256 group is JWT only: the session column sends nothing. */
  async function askJwt(page: Page, count: number): Promise<string[]> {
    await page.locator('[data-control="count"]').selectOption(String(count));
    await page.locator('[data-action="cluster-ask"]').click();
    return readStatuses(page, 'jwt', count);
  }

  it('keeps the old token valid on all three instances after a rotation, and accepts the new kid', async () => {
    const page = await openClusterView('es256');
    const oldKid = await readSigningKid(page);
    expect((await readKids(page))[0]).toBe(oldKid);

    await page.locator('[data-action="cluster-rotate-key"]').click();
    await expect
      .poll(() => readSigningKid(page), { timeout: 30_000, interval: 50 })
      .not.toBe(oldKid);
    expect(new Set(await askJwt(page, 6))).toEqual(new Set(['200']));
    expect([(await readInstances(page, 'jwt')).size, new Set(await readKids(page))]).toEqual([
      3,
      new Set([oldKid]),
    ]);

    await page.locator('[data-action="cluster-login"]').click();
    await expect
      .poll(() => readKids(page), { timeout: 30_000, interval: 50 })
      .toEqual([await readSigningKid(page)]);
    expect(new Set(await askJwt(page, 6))).toEqual(new Set(['200']));
    expect(new Set(await readKids(page))).toEqual(new Set([await readSigningKid(page)]));
    await saveScreenshot(page, 'cluster-es256-rotation');
  });
});
