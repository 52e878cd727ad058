import { createManualClock } from '@authlab/http/clock';
import { TEST_START_MS } from '@authlab/http/testing/test-defaults';
import { describe, expect, it } from 'vitest';
import { generateSessionId } from '../../src/session/session-cookie.ts';
import { createMemorySessionStore } from '../../src/stores/memory-session-store.ts';
import {
  CONTRACT_TIMEOUTS,
  itBehavesLikeASessionStore,
  newSession,
} from '../helpers/session-store-contract.ts';

describe('createMemorySessionStore', () => {
  itBehavesLikeASessionStore((clock) => createMemorySessionStore({ clock, ...CONTRACT_TIMEOUTS }));

  it('stays bounded: past maxEntries the oldest session is dropped first', async () => {
    const clock = createManualClock(TEST_START_MS);
    const store = createMemorySessionStore({ clock, ...CONTRACT_TIMEOUTS, maxEntries: 2 });
    const [oldest, middle, newest] = [
      generateSessionId(),
      generateSessionId(),
      generateSessionId(),
    ];
    for (const id of [oldest, middle, newest]) await store.save(id, newSession(clock));
    expect(await store.touch(oldest)).toEqual({ status: 'missing' });
    expect((await store.touch(middle)).status).toBe('active');
    expect((await store.touch(newest)).status).toBe('active');
  });

  it('drops expired sessions before evicting live ones', async () => {
    const clock = createManualClock(TEST_START_MS);
    const store = createMemorySessionStore({ clock, ...CONTRACT_TIMEOUTS, maxEntries: 2 });
    const [abandoned, live, next] = [generateSessionId(), generateSessionId(), generateSessionId()];
    await store.save(abandoned, newSession(clock));
    clock.advanceSeconds(20 * 60);
    await store.save(live, newSession(clock));
    clock.advanceSeconds(15 * 60);
    await store.save(next, newSession(clock));
    expect((await store.touch(live)).status).toBe('active');
    expect((await store.touch(next)).status).toBe('active');
  });

  it('hands out copies, so changing a loaded session does not change the store', async () => {
    const clock = createManualClock(TEST_START_MS);
    const store = createMemorySessionStore({ clock, ...CONTRACT_TIMEOUTS });
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    const loaded = await store.touch(id);
    if (loaded.status !== 'active') throw new Error('expected an active session');
    loaded.session.role = 'admin';
    const again = await store.touch(id);
    expect(again.status === 'active' && again.session.role).toBe('user');
  });
});
