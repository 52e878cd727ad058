/**
 * The behaviour every `SessionStore` must have, run against each implementation (memory, Redis):
 * deadlines checked against the injected clock, sliding, revocation, the lab listing.
 */
import { createManualClock, type ManualClock } from '@authlab/http/clock';
import { TEST_START_MS } from '@authlab/http/testing/test-defaults';
import { beforeEach, expect, it } from 'vitest';
import { generateSessionId } from '../../src/session/session-cookie.ts';
import type {
  SessionRecord,
  SessionStore,
  SessionTimeouts,
} from '../../src/stores/session-store.ts';

export const CONTRACT_TIMEOUTS: SessionTimeouts = {
  idleTimeoutSeconds: 1800,
  absoluteTimeoutSeconds: 28_800,
};

export type StoreFactory = (clock: ManualClock) => SessionStore | Promise<SessionStore>;

export function newSession(clock: ManualClock, userId = 43): SessionRecord {
  return {
    userId,
    email: 'jane@example.com',
    name: 'Jane Roe',
    role: 'user',
    createdAt: clock.now(),
    lastSeenAt: clock.now(),
  };
}

export function itBehavesLikeASessionStore(createStore: StoreFactory): void {
  let clock: ManualClock;
  let store: SessionStore;

  beforeEach(async () => {
    clock = createManualClock(TEST_START_MS);
    store = await createStore(clock);
  });

  it('answers missing for an id it never stored', async () => {
    expect(await store.touch(generateSessionId())).toEqual({ status: 'missing' });
  });

  it('loads a stored session and slides its idle deadline', async () => {
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    clock.advanceSeconds(29 * 60);
    const first = await store.touch(id);
    expect(first).toEqual({
      status: 'active',
      session: { ...newSession(createManualClock(TEST_START_MS)), lastSeenAt: clock.now() },
    });
    clock.advanceSeconds(29 * 60);
    expect((await store.touch(id)).status).toBe('active');
  });

  it('expires a session idle for longer than the idle timeout, and forgets it', async () => {
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    clock.advanceSeconds(31 * 60);
    expect(await store.touch(id)).toEqual({ status: 'expired' });
    expect(await store.touch(id)).toEqual({ status: 'missing' });
  });

  it('expires a busy session at the absolute timeout', async () => {
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    for (let elapsed = 0; elapsed + 25 * 60 < 8 * 3600; elapsed += 25 * 60) {
      clock.advanceSeconds(25 * 60);
      expect((await store.touch(id)).status).toBe('active');
    }
    clock.set(TEST_START_MS + 8 * 3600 * 1000);
    expect(await store.touch(id)).toEqual({ status: 'expired' });
  });

  it('destroys one session', async () => {
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    await store.destroy(id);
    expect(await store.touch(id)).toEqual({ status: 'missing' });
  });

  it("destroys every session of one user and counts the live ones, leaving others' alone", async () => {
    const [first, second, other] = [generateSessionId(), generateSessionId(), generateSessionId()];
    await store.save(first, newSession(clock, 43));
    await store.save(second, newSession(clock, 43));
    await store.save(other, newSession(clock, 42));
    expect(await store.destroyUserSessions(43)).toBe(2);
    expect(await store.touch(first)).toEqual({ status: 'missing' });
    expect(await store.touch(second)).toEqual({ status: 'missing' });
    expect((await store.touch(other)).status).toBe('active');
    expect(await store.destroyUserSessions(43)).toBe(0);
  });

  it('lists live sessions with the seconds they have left', async () => {
    const live = generateSessionId();
    const idle = generateSessionId();
    await store.save(idle, newSession(clock, 42));
    clock.advanceSeconds(20 * 60);
    await store.save(live, newSession(clock, 43));
    clock.advanceSeconds(15 * 60);
    // Only this test's keys: a shared Redis prefix may hold other tests' sessions.
    const listed = (await store.list(50)).filter((entry) => [live, idle].includes(entry.key));
    expect(listed.map((entry) => entry.key)).toEqual([live]);
    expect(listed[0]?.ttlSeconds).toBe(15 * 60);
  });

  it('answers a ping while it is reachable', async () => {
    expect(await store.ping()).toBe(true);
  });
}
