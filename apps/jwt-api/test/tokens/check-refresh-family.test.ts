import type { User } from '@authlab/users/users-repository';
import { describe, expect, it } from 'vitest';
import type { RefreshFamily } from '../../src/stores/revocation-store.ts';
import {
  findRefreshRefusal,
  type RefreshFamilyCheck,
} from '../../src/tokens/check-refresh-family.ts';

const NOW_MS = Date.UTC(2026, 0, 1);

const JANE: User = {
  id: 43,
  email: 'jane@example.com',
  name: 'Jane Roe',
  role: 'user',
  disabled: false,
  credentialVersion: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const FAMILY: RefreshFamily = {
  id: 'family-1',
  userId: 43,
  currentJti: 'jti-2',
  rotations: 1,
  delivery: 'cookie',
  createdAtMs: NOW_MS - 60_000,
  expiresAtMs: NOW_MS + 60_000,
  revokedReason: null,
};

function check(overrides: Partial<RefreshFamilyCheck> = {}): RefreshFamilyCheck {
  return {
    user: JANE,
    family: FAMILY,
    claims: { jti: 'jti-2', ver: 2 },
    channel: 'cookie',
    nowMs: NOW_MS,
    ...overrides,
  };
}

describe('findRefreshRefusal', () => {
  it("lets the family's current token through", () => {
    expect(findRefreshRefusal(check())).toBeNull();
  });

  it('calls an older token of the family reuse', () => {
    expect(findRefreshRefusal(check({ claims: { jti: 'jti-1', ver: 2 } }))).toBe('reused');
  });

  it.each([
    ['an unknown user', { user: null }],
    ['a disabled user', { user: { ...JANE, disabled: true } }],
    ['a changed credential version', { claims: { jti: 'jti-2', ver: 1 } }],
    ['a revoked family', { family: { ...FAMILY, revokedReason: 'logout' as const } }],
    ['a cookie-mode token sent in a body', { channel: 'body' as const }],
    ["another user's family", { family: { ...FAMILY, userId: 42 } }],
  ])('refuses %s as denied', (_case, overrides) => {
    expect(findRefreshRefusal(check(overrides))).toBe('denied');
  });

  it('answers missing for a family it has no record of', () => {
    expect(findRefreshRefusal(check({ family: null }))).toBe('missing');
  });

  it('answers expired once the family has reached its absolute end', () => {
    expect(findRefreshRefusal(check({ nowMs: FAMILY.expiresAtMs }))).toBe('expired');
  });

  it('refuses a revoked family as denied even for its current token, never as reuse', () => {
    const revoked = { ...FAMILY, revokedReason: 'reuse' as const };
    expect(findRefreshRefusal(check({ family: revoked }))).toBe('denied');
  });
});
