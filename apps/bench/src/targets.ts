/**
 * The pass/fail lines issue 16 sets, judged on the paired CPU overheads (stats.ts), each
 * authlab API against the peer a reader would otherwise pick, on the same framework-independent
 * footing (µs of CPU per request over the peer's own floor):
 * - session-api (memory store) ≤ Fastify + @fastify/session;
 * - jwt-api HS256 (memory revocation store, trace on) ≤ 1.5 × Fastify + @fastify/jwt.
 */
import type { PairedFigures } from './stats.ts';

export interface TargetSpec {
  readonly id: string;
  readonly subject: string;
  readonly peer: string;
  /** pass when overhead(subject) ≤ factor × overhead(peer). */
  readonly factor: number;
}

export interface TargetResult extends TargetSpec {
  readonly subjectOverheadMicroseconds: number | null;
  readonly peerOverheadMicroseconds: number | null;
  /** null when either side was not measured. */
  readonly pass: boolean | null;
}

export const TARGETS: readonly TargetSpec[] = [
  {
    id: 'session-vs-fastify-session',
    subject: 'session-memory',
    peer: 'fastify-session',
    factor: 1,
  },
  { id: 'jwt-vs-fastify-jwt', subject: 'jwt-hs256-memory', peer: 'fastify-jwt', factor: 1.5 },
];

/** What a target reads of a configuration's result (results.ts). */
export interface MeasuredOverhead {
  readonly id: string;
  readonly paired: Pick<PairedFigures, 'overheadMicroseconds'> | null;
}

export function judgeTargets(configurations: readonly MeasuredOverhead[]): TargetResult[] {
  const overheadOf = (id: string) =>
    configurations.find((entry) => entry.id === id)?.paired?.overheadMicroseconds.median ?? null;
  return TARGETS.map((target) => {
    const subject = overheadOf(target.subject);
    const peer = overheadOf(target.peer);
    return {
      ...target,
      subjectOverheadMicroseconds: subject,
      peerOverheadMicroseconds: peer,
      pass: subject === null || peer === null ? null : subject <= target.factor * peer,
    };
  });
}
