import { describe, expect, it } from 'vitest';
import { findStolen } from '../../../src/features/attacks/xss/stolen-credentials.ts';

const entry = (kind: string, data: unknown) => ({
  at: '2026-01-05T09:00:00.000Z',
  kind,
  from: null,
  data,
});

describe('findStolen()', () => {
  it("takes both tokens from the documents' localStorage", () => {
    const stolen = findStolen([
      entry('localStorage', { access_token: 'a1', refresh_token: 'r1' }),
      entry('minted-access-token', { status: 401, body: { error: {} } }),
    ]);
    expect(stolen).toMatchObject({
      storedAccessToken: 'a1',
      refreshToken: 'r1',
      accessToken: 'a1',
      mintedStatus: 401,
    });
  });

  it('prefers the access token the script minted with the HttpOnly cookie', () => {
    const stolen = findStolen([
      entry('localStorage', {}),
      entry('minted-access-token', { status: 200, body: { access_token: 'a2' } }),
      entry('session-riding', { status: 200, body: {} }),
    ]);
    expect(stolen).toMatchObject({ refreshToken: null, accessToken: 'a2', ridingStatus: 200 });
  });

  it('finds nothing in an empty collector', () => {
    expect(findStolen([]).accessToken).toBeNull();
  });
});
