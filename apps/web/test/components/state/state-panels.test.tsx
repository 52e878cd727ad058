import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatePanels } from '../../../src/components/state/state-panels.tsx';
import type { StateSnapshot } from '../../../src/lib/run-store.ts';
import { renderWithI18n } from '../../helpers/render.tsx';
import { buildLabState } from '../../helpers/runs.ts';

const panel = (name: string) => {
  const element = document.querySelector(`[data-panel="${name}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no ${name} panel`);
  return within(element);
};

const sessionSnapshot: StateSnapshot = {
  client: {
    userId: 42,
    memory: { user: 'John Doe <john@example.com> (admin)' },
    localStorage: {},
    authorization: null,
    cookieJar: [
      {
        name: 'authlab.sid',
        browser: 'main',
        value: 'ljmJlaBz…',
        storeKey: 'Q9xv2Rk1…',
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api/session/',
        secure: false,
        source: 'lab-view',
        note: 'session id: an opaque key into the server store',
      },
    ],
  },
  server: buildLabState({
    sessions: [
      {
        id: 'Q9xv2Rk1…',
        user_id: 42,
        data: {},
        created_at: '2026-01-01T10:00:00.000Z',
        last_seen_at: '2026-01-01T10:00:00.000Z',
        idle_expires_at: '2026-01-01T10:30:00.000Z',
        absolute_expires_at: '2026-01-01T18:00:00.000Z',
        ttl_seconds: 1800,
      },
    ],
  }),
};

const jwtSnapshot: StateSnapshot = {
  client: {
    userId: 42,
    memory: {},
    localStorage: { access_token: 'eyJhbGciOiJIUzI1NiJ9.e30.sig', refresh_token: 'eyJ.rt.sig' },
    authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
    cookieJar: [
      {
        name: 'authlab.rt',
        browser: 'main',
        value: null,
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api/jwt/refresh',
        secure: false,
        source: 'inferred',
        note: '',
      },
    ],
  },
  server: buildLabState({
    clock_offset_seconds: 960,
    denylist: [{ jti: '1b2c3d4e…', expires_at: '2026-01-01T10:15:00.000Z' }],
    refresh_families: [
      {
        id: 'fam-1',
        user_id: 42,
        current_jti: '9f8e7d6c…',
        rotations: 2,
        revoked: true,
        revoked_reason: 'logout',
        expires_at: '2026-01-31T10:00:00.000Z',
      },
    ],
    credential_floors: [
      { user_id: 43, credential_version: 4, expires_at: '2026-01-01T10:15:05.000Z' },
    ],
    fail_closed: { rule: 'store-epoch', refuses_issued_before: '2026-01-01T09:00:00.000Z' },
    truncated: { denylist: true, refresh_families: false, credential_floors: false },
  }),
};

describe('StatePanels', () => {
  it('shows an HttpOnly cookie with its attributes, marked as unreadable by the page', () => {
    renderWithI18n(<StatePanels side="session" snapshot={sessionSnapshot} />);
    const jar = panel('cookie-jar');
    expect(jar.getByText('authlab.sid')).toBeDefined();
    expect(jar.getByText('HttpOnly')).toBeDefined();
    expect(jar.getByText('SameSite=Strict')).toBeDefined();
    expect(jar.getByText('Path=/api/session/')).toBeDefined();
    expect(jar.getByText(/the page cannot read this/)).toBeDefined();
  });

  it("lists the session store's entries and the logged-in user's row", () => {
    renderWithI18n(<StatePanels side="session" snapshot={sessionSnapshot} />);
    expect(panel('session-store').getByText('Q9xv2Rk1…')).toBeDefined();
    // Matched through the cookie's store key: the store holds only the id's HMAC.
    expect(panel('session-store').getByText("this browser's session")).toBeDefined();
    expect(panel('users-row').getByText('john@example.com')).toBeDefined();
    expect(panel('users-row').getByText('3')).toBeDefined();
    expect(panel('local-storage').getByText('empty')).toBeDefined();
    expect(panel('authorization').getByText('none on the last request')).toBeDefined();
  });

  it("shows the JWT API's missing session state next to its denylist and refresh families", () => {
    renderWithI18n(<StatePanels side="jwt" snapshot={jwtSnapshot} />);
    expect(panel('no-session-state').getByText(/keeps no session/)).toBeDefined();
    expect(panel('denylist').getByText(/1b2c3d4e…/)).toBeDefined();
    const families = panel('refresh-families');
    expect(families.getByText('9f8e7d6c…')).toBeDefined();
    expect(families.getByText(/revoked/)).toBeDefined();
    expect(families.getByText(/\(logout\)/)).toBeDefined();
    expect(screen.getByText('+16 min')).toBeDefined();
  });

  it("shows each user's credential floor: tokens with a lower ver are refused", () => {
    renderWithI18n(<StatePanels side="jwt" snapshot={jwtSnapshot} />);
    const floors = panel('credential-floors');
    expect(floors.getByText(/user_id 43 · refuses ver below 4/)).toBeDefined();
    expect(floors.getByText(/logout-all, a password change or disabling a user/)).toBeDefined();
  });

  it('says how the revocation store fails closed, and that the server cut a long list', () => {
    renderWithI18n(<StatePanels side="jwt" snapshot={jwtSnapshot} />);
    const denylist = panel('denylist');
    expect(
      denylist.getByText(/refuses every token issued before 2026-01-01T09:00:00/),
    ).toBeDefined();
    expect(denylist.getByText(/showing the first 1; the store holds more/)).toBeDefined();
    expect(panel('refresh-families').queryByText(/the store holds more/)).toBeNull();
  });

  it('warns when localStorage holds tokens, and shows the Authorization header in flight', () => {
    renderWithI18n(<StatePanels side="jwt" snapshot={jwtSnapshot} />);
    const storage = panel('local-storage');
    expect(storage.getByText('access_token')).toBeDefined();
    expect(storage.getByText('refresh_token')).toBeDefined();
    expect(storage.getByText(/Readable by every script/)).toBeDefined();
    expect(panel('authorization').getByText(/Authorization: Bearer eyJ/)).toBeDefined();
    expect(panel('cookie-jar').getByText('= <hidden>')).toBeDefined();
  });

  it('says so when the lab view cannot be read', () => {
    renderWithI18n(<StatePanels side="jwt" snapshot={{ ...jwtSnapshot, server: null }} />);
    expect(screen.getByText(/lab view is not available/)).toBeDefined();
  });
});
