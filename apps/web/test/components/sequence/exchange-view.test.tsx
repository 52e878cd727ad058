import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExchangeView } from '../../../src/components/sequence/exchange-view.tsx';
import type { JarCookie, RecordedExchange } from '../../../src/lib/run-store.ts';
import { renderWithI18n } from '../../helpers/render.tsx';

const sessionCookie: JarCookie = {
  name: 'authlab.sid',
  browser: 'main',
  value: 'ljmJlaBz…',
  httpOnly: true,
  sameSite: 'Strict',
  path: '/api/session/',
  secure: false,
  source: 'lab-view',
  note: '',
};

const logout: RecordedExchange = {
  id: 7,
  browser: 'main',
  setup: false,
  method: 'POST',
  url: '/api/session/logout',
  requestHeaders: { 'content-type': 'application/json', 'x-requested-with': 'authlab' },
  requestBody: {},
  status: 200,
  responseHeaders: {
    'content-type': 'application/json; charset=utf-8',
    'server-timing': 'session.csrf.check-request;dur=0.05',
  },
  responseBody: { success: true },
  serverSteps: [{ id: 'session.csrf.check-request', durationMs: 0.05 }],
  startedAtMs: 0,
  durationMs: 4,
  cookiesSent: [sessionCookie],
  cookieChanges: [{ name: 'authlab.sid', change: 'cleared', cookie: sessionCookie }],
};

describe('ExchangeView', () => {
  it('shows the request line, status, headers and the server trace', () => {
    renderWithI18n(<ExchangeView exchange={logout} />);
    expect(screen.getByText('POST /api/session/logout')).toBeDefined();
    expect(screen.getByText('HTTP 200 OK')).toBeDefined();
    expect(screen.getByText('x-requested-with')).toBeDefined();
    expect(screen.getByRole('table', { name: /Server-Timing/ })).toBeDefined();
  });

  it('shows the Cookie header from the lab view, marked as sent by the browser and unreadable by the page', () => {
    renderWithI18n(<ExchangeView exchange={logout} />);
    expect(screen.getByText('authlab.sid=ljmJlaBz…')).toBeDefined();
    expect(screen.getByText(/sent by the browser; the page cannot read it/)).toBeDefined();
  });

  it('shows the cleared cookie as a Set-Cookie the browser hides from JavaScript', () => {
    renderWithI18n(<ExchangeView exchange={logout} />);
    expect(
      screen.getByText(
        'authlab.sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/api/session/; HttpOnly; SameSite=Strict',
      ),
    ).toBeDefined();
    expect(screen.getByText(/Set-Cookie is hidden from JavaScript by the browser/)).toBeDefined();
  });

  it('says when no answer came back', () => {
    renderWithI18n(
      <ExchangeView exchange={{ ...logout, status: null, responseHeaders: {}, serverSteps: [] }} />,
    );
    expect(screen.getByText('HTTP no answer')).toBeDefined();
  });
});
