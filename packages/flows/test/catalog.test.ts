import { describe, expect, it } from 'vitest';
import {
  expectedServerTrace,
  FLOWS,
  getFlow,
  SECTIONS,
  serverStepIds,
  serverStepIdsOfRequest,
} from '../src/catalog.ts';
import { EXPECTED_SERVER_STEP_IDS } from './helpers/expected-server-steps.ts';
import { requireFlow } from './helpers/require-flow.ts';

/** The ids the docs pages and the web app embed (the brief's list, in its order). */
const REQUIRED_FLOW_IDS = [
  'session.login',
  'jwt.login',
  'session.request',
  'jwt.request',
  'jwt.refresh',
  'session.logout',
  'jwt.logout',
  'jwt.logout-client-only',
  'session.revocation',
  'jwt.revocation',
  'session.logout-all',
  'jwt.logout-all',
  'session.password-change',
  'jwt.password-change',
  'session.expiry',
  'jwt.expiry',
  'session.architecture-memory',
  'session.architecture-redis',
  'jwt.architecture',
  'session.storage',
  'jwt.storage',
];

describe('FLOWS', () => {
  it('contains every flow id the docs and the web app embed', () => {
    const ids = FLOWS.map((flow) => flow.id);
    for (const id of REQUIRED_FLOW_IDS) expect(ids).toContain(id);
  });

  it('has unique flow ids', () => {
    const ids = FLOWS.map((flow) => flow.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names each flow after its API', () => {
    for (const flow of FLOWS) expect(flow.id.startsWith(`${flow.api}.`), flow.id).toBe(true);
  });

  it('places each flow in a known section', () => {
    const sections = new Set(SECTIONS.map((section) => section.id));
    for (const flow of FLOWS) expect(sections.has(flow.section), flow.id).toBe(true);
  });

  it('labels every documents-mode flow as such in its title', () => {
    const documents = FLOWS.filter((flow) => flow.mode === 'documents');
    expect(documents.map((flow) => flow.id)).toEqual([
      'jwt.logout-client-only',
      'jwt.storage-documents',
      'jwt.attack-xss-documents',
      'jwt.attack-replay-after-logout',
    ]);
    for (const flow of documents) {
      expect(flow.title.en).toMatch(/documents.*unsafe/);
      expect(flow.title.vi).toMatch(/tài liệu.*không an toàn/);
    }
  });
});

describe('getFlow', () => {
  it('returns the flow with that id', () => {
    expect(getFlow('jwt.refresh')?.title.en).toBe('JWT: refresh after a 401');
  });

  it('returns null for an unknown id', () => {
    expect(getFlow('jwt.nope')).toBeNull();
  });
});

describe('serverStepIds', () => {
  it('has a written-out expectation for every flow', () => {
    expect(Object.keys(EXPECTED_SERVER_STEP_IDS).sort()).toEqual(
      FLOWS.map((flow) => flow.id).sort(),
    );
  });

  for (const [flowId, expected] of Object.entries(EXPECTED_SERVER_STEP_IDS)) {
    it(`lists the Server-Timing ids of ${flowId} in the order of docs/reference/http-api.md`, () => {
      const flow = getFlow(flowId);
      expect(flow).not.toBeNull();
      if (flow) expect(serverStepIds(flow)).toEqual(expected);
    });
  }
});

describe('expectedServerTrace', () => {
  it('marks the refusal of a replayed session cookie as missing', () => {
    const flow = getFlow('session.logout');
    expect(flow && expectedServerTrace(flow).slice(-3)).toEqual([
      { id: 'session.auth.read-cookie' },
      { id: 'session.auth.load-session', outcome: 'missing' },
      { id: 'session.auth.reject' },
    ]);
  });

  it('marks a denylisted access token as denied at check-revocation', () => {
    const flow = getFlow('jwt.logout');
    expect(flow && expectedServerTrace(flow).slice(-2)).toEqual([
      { id: 'jwt.auth.check-revocation', outcome: 'denied' },
      { id: 'jwt.auth.reject' },
    ]);
  });

  it('marks an expired access token as expired at verify-token (koa-jwt)', () => {
    const flow = getFlow('jwt.refresh');
    expect(flow && expectedServerTrace(flow).slice(0, 2)).toEqual([
      { id: 'jwt.auth.verify-token', outcome: 'expired' },
      { id: 'jwt.auth.reject' },
    ]);
  });
});

describe('serverStepIdsOfRequest', () => {
  it("gives one request's server steps: the session logout, then the replayed cookie", () => {
    const flow = requireFlow('session.logout');

    expect(serverStepIdsOfRequest(flow, 0)).toEqual([
      'session.csrf.check-request',
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.logout.destroy-session',
      'session.logout.respond',
    ]);
    expect(serverStepIdsOfRequest(flow, 1)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.auth.reject',
    ]);
  });

  it('refuses a request the flow does not have', () => {
    expect(() => serverStepIdsOfRequest(requireFlow('session.logout'), 2)).toThrow(
      'session.logout has no request 2.',
    );
  });
});
