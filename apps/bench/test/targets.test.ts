import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATEST_RESULTS_PATH } from '../src/paths.ts';
import type { BenchResult, ConfigurationResult } from '../src/results.ts';
import { judgeTargets } from '../src/targets.ts';

const committed = JSON.parse(readFileSync(LATEST_RESULTS_PATH, 'utf8')) as BenchResult;

/** The committed results with the paired overheads of two rows replaced. */
function withOverheads(overheads: Record<string, number>): ConfigurationResult[] {
  return committed.configurations.map((entry) => {
    const value = overheads[entry.id];
    if (value === undefined || entry.paired === null) return entry;
    const spread = { median: value, min: value, max: value };
    return { ...entry, paired: { ...entry.paired, overheadMicroseconds: spread } };
  });
}

describe('judgeTargets', () => {
  it('passes the session target when session-api costs no more than @fastify/session', () => {
    const [session] = judgeTargets(withOverheads({ 'session-memory': 52, 'fastify-session': 66 }));
    expect(session).toMatchObject({ id: 'session-vs-fastify-session', pass: true });
  });

  it('fails the JWT target above 1.5 × @fastify/jwt', () => {
    const [, jwt] = judgeTargets(withOverheads({ 'jwt-hs256-memory': 99, 'fastify-jwt': 36 }));
    expect(jwt).toMatchObject({ id: 'jwt-vs-fastify-jwt', pass: false });
  });

  it('says nothing when a side was not measured', () => {
    const rows = committed.configurations.map((entry) =>
      entry.id === 'fastify-jwt' ? { ...entry, paired: null } : entry,
    );
    expect(judgeTargets(rows)[1]?.pass).toBeNull();
  });
});
