import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TokenAnatomy } from '../../../src/components/token-anatomy/token-anatomy.tsx';
import { renderWithI18n } from '../../helpers/render.tsx';
import { buildToken } from '../../helpers/runs.ts';

const NOW_SECONDS = Math.floor(Date.now() / 1000);

const token = buildToken(
  { alg: 'HS256', typ: 'at+jwt', kid: 'k1' },
  {
    iss: 'authlab-jwt-api',
    aud: 'authlab-api',
    sub: '42',
    iat: NOW_SECONDS,
    exp: NOW_SECONDS + 900,
    jti: 'a-jti',
    name: 'John Doe',
    role: 'admin',
    ver: 1,
    fid: 'family-1',
  },
);

function renderAnatomy(value: string | null, skewMs = 0) {
  return renderWithI18n(
    <TokenAnatomy
      token={value}
      title="Access token"
      sessionCookieBytes={100}
      serverSkewMs={skewMs}
    />,
  );
}

describe('TokenAnatomy', () => {
  it('shows header, payload and signature apart, labelled in words', () => {
    renderAnatomy(token);
    const [header, payload, signature] = token.split('.');
    expect(document.querySelector('.token-string__part--header')?.textContent).toBe(header);
    expect(document.querySelector('.token-string__part--payload')?.textContent).toBe(payload);
    expect(document.querySelector('.token-string__part--signature')?.textContent).toBe(signature);
    expect(screen.getAllByText('Header').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Signature').length).toBeGreaterThan(0);
  });

  it('explains every claim', () => {
    renderAnatomy(token);
    for (const claim of [
      'alg',
      'typ',
      'kid',
      'iss',
      'aud',
      'sub',
      'iat',
      'exp',
      'jti',
      'name',
      'role',
      'ver',
      'fid',
    ]) {
      const row = document.querySelector(`[data-claim="${claim}"]`);
      expect(row, claim).not.toBeNull();
      expect(row?.querySelectorAll('td')[1]?.textContent, claim).not.toBe(
        'Not a claim authlab issues.',
      );
    }
    expect(
      within(document.querySelector('[data-claim="sub"]') as HTMLElement).getByText(/user id/),
    ).toBeDefined();
  });

  it('shows iat and exp as local times, with a countdown to exp on the server clock', () => {
    renderAnatomy(token);
    expect(document.querySelector('[data-claim="exp"] time')).not.toBeNull();
    expect(screen.getByText(/expires in 1[45]:\d\d \(server time\)/)).toBeDefined();
  });

  it('counts down against the moved server clock', () => {
    renderAnatomy(token, 16 * 60 * 1000);
    expect(screen.getByText(/expired 0?1:\d\d ago/)).toBeDefined();
  });

  it("compares the token's size with the session cookie's", () => {
    renderAnatomy(token);
    expect(
      screen.getByText(
        `Size: ${token.length} bytes on every request — the session cookies take 100 bytes.`,
      ),
    ).toBeDefined();
  });

  it('handles malformed tokens with a message, not a crash', () => {
    renderAnatomy('not-a-jwt');
    expect(screen.getByRole('alert').textContent).toMatch(/three dot-separated parts/);
  });

  it('reports a segment that is not JSON', () => {
    renderAnatomy('bm90IGpzb24.e30.c2ln');
    expect(screen.getByRole('alert').textContent).toMatch(/not JSON/);
  });

  it('says when there is no token to show', () => {
    renderAnatomy(null);
    expect(screen.getByText(/No access token/)).toBeDefined();
  });
});
