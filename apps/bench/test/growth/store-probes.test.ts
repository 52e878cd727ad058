import { createManualClock } from '@authlab/http/clock';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  countLiveDenied,
  countLiveSessions,
  createRevocationStore,
  createSessionStore,
  fillDenylist,
  fillSessions,
} from '../../src/growth/store-probes.ts';

describe('fillSessions', () => {
  it('writes one live session per login into the memory store', async () => {
    const clock = createManualClock(Date.now());
    const store = createSessionStore(clock, null);
    await fillSessions(store, clock, 1_200);
    expect(await countLiveSessions(store, 2_000)).toBe(1_200);
  });
});

describe('fillDenylist', () => {
  it('denylists one jti per logout, until one access-token lifetime has passed', async () => {
    const clock = createManualClock(Date.now());
    const store = createRevocationStore(clock, null);
    await fillDenylist(store, clock, 700);
    expect(await countLiveDenied(store, 1_000)).toBe(700);
    clock.advanceSeconds(ACCESS_TOKEN_TTL_SECONDS + 1);
    expect(await countLiveDenied(store, 1_000)).toBe(0);
  });
});
