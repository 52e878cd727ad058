import type { LabRequestEntry } from '@authlab/flows/api-types';
import { describe, expect, it } from 'vitest';
import { explainCsrf } from '../../../src/features/attacks/csrf/explain-csrf.ts';

const ENTRY: LabRequestEntry = {
  id: 1,
  at: '2026-01-05T09:00:00.000Z',
  method: 'POST',
  path: '/logout-all',
  status: 403,
  server_timing: 'session.csrf.check-request;desc="denied"',
  lab_modes: null,
  csrf_rejection: 'cross-site',
  sec_fetch_site: 'cross-site',
  origin: 'http://127.0.0.1:4300',
};

describe('explainCsrf()', () => {
  it('names the CSRF layer the server says refused the request', () => {
    expect(explainCsrf('session', { ...ENTRY, csrf_rejection: 'origin' }).key).toBe(
      'explain.origin',
    );
  });

  it('blames SameSite when a session request arrived without its cookie', () => {
    const entry = { ...ENTRY, status: 401, csrf_rejection: null };
    expect(explainCsrf('session', entry).key).toBe('explain.no-cookie');
  });

  it('blames the missing bearer header on the JWT side, except at /refresh', () => {
    const entry = { ...ENTRY, method: 'GET', path: '/me', status: 401, csrf_rejection: null };
    expect(explainCsrf('jwt', entry).key).toBe('explain.no-bearer');
    expect(explainCsrf('jwt', { ...entry, method: 'POST', path: '/refresh' }).key).toBe(
      'explain.no-cookie',
    );
  });

  it('says so when the request went through', () => {
    const entry = { ...ENTRY, method: 'GET', path: '/me', status: 200, csrf_rejection: null };
    expect(explainCsrf('session', entry).key).toBe('explain.through');
  });
});
