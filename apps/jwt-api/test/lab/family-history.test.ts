import { createTestClock } from '@authlab/http/testing/test-defaults';
import { describe, expect, it } from 'vitest';
import {
  FAMILY_HISTORY_MAX_EVENTS,
  FAMILY_HISTORY_MAX_FAMILIES,
  recordFamilyHistory,
} from '../../src/lab/family-history.ts';
import { createMemoryRevocationStore } from '../../src/stores/memory-revocation-store.ts';

function setUp() {
  const clock = createTestClock();
  const inner = createMemoryRevocationStore({ clock, accessTokenTtlSeconds: 900 });
  return { clock, inner, ...recordFamilyHistory(inner, clock) };
}

const family = (id: string) => ({
  id,
  userId: 43,
  currentJti: `${id}-1`,
  delivery: 'body' as const,
  createdAtMs: 0,
  expiresAtMs: Number.MAX_SAFE_INTEGER,
});

describe('recordFamilyHistory', () => {
  it('notes a start, a rotation and a reuse, and leaves the decisions to the store', async () => {
    const { store, history, inner } = setUp();
    await store.createFamily(family('f'));

    expect(await store.rotateFamily('f', 'f-1', 'f-2')).toBe('rotated');
    expect(await store.rotateFamily('f', 'f-1', 'f-3')).toBe('reused');

    expect(
      history.eventsOf('f').map(({ kind, jti, replaced_jti }) => [kind, jti, replaced_jti]),
    ).toEqual([
      ['started', 'f-1', null],
      ['rotated', 'f-2', 'f-1'],
      ['reused', 'f-1', null],
    ]);
    expect((await inner.findFamily('f'))?.revokedReason).toBe('reuse');
  });

  it('notes a revocation with its reason and the lab clock time', async () => {
    const { store, history, clock } = setUp();
    await store.revokeFamily('f', 'logout');

    expect(history.eventsOf('f')).toEqual([
      {
        at: new Date(clock.now()).toISOString(),
        kind: 'revoked',
        jti: null,
        replaced_jti: null,
        reason: 'logout',
      },
    ]);
  });

  it('keeps the last events of a family and forgets the oldest family first', async () => {
    const { store, history } = setUp();
    for (let n = 0; n < FAMILY_HISTORY_MAX_EVENTS + 5; n += 1) {
      await store.revokeFamily('f', 'reuse');
    }
    expect(history.eventsOf('f')).toHaveLength(FAMILY_HISTORY_MAX_EVENTS);
    for (let n = 0; n < FAMILY_HISTORY_MAX_FAMILIES; n += 1) {
      await store.revokeFamily(`g${n}`, 'logout');
    }

    expect(history.eventsOf('f')).toEqual([]);
    expect(history.eventsOf('g0')).toHaveLength(1);
    expect(history.eventsOf('g1')).toHaveLength(1);
  });

  it('returns no events for a family it never saw', () => {
    expect(setUp().history.eventsOf('unknown')).toEqual([]);
  });
});
