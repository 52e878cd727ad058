/**
 * Builds runs the way the side lab records them — browser steps and the server steps of a
 * `Server-Timing` header — without any HTTP, for the sequence view's tests.
 */
import type { LabState } from '../../src/lib/api-types.ts';
import {
  EMPTY_CLIENT_STATE,
  type RunEvent,
  type SideRun,
  type StateSnapshot,
} from '../../src/lib/run-store.ts';
import { parseServerTiming } from '../../src/lib/server-timing.ts';

export type EventInput =
  | { readonly browser: string; readonly outcome?: string }
  | { readonly serverTiming: string; readonly exchangeId?: number };

export function buildEvents(inputs: readonly EventInput[]): RunEvent[] {
  const events: RunEvent[] = [];
  const push = (event: Omit<RunEvent, 'seq' | 'snapshotIndex'>) =>
    events.push({ ...event, seq: events.length, snapshotIndex: 0 });
  for (const input of inputs) {
    if ('browser' in input) {
      push({
        kind: 'browser',
        stepId: input.browser,
        durationMs: 0.2,
        ...(input.outcome === undefined ? {} : { outcome: input.outcome }),
      });
      continue;
    }
    for (const entry of parseServerTiming(input.serverTiming)) {
      push({
        kind: 'server',
        stepId: entry.id,
        durationMs: entry.durationMs,
        exchangeId: input.exchangeId ?? 1,
        ...(entry.outcome === undefined ? {} : { outcome: entry.outcome }),
      });
    }
  }
  return events;
}

export const EMPTY_SNAPSHOT: StateSnapshot = { client: EMPTY_CLIENT_STATE, server: null };

export function buildRun(flowIds: readonly string[], inputs: readonly EventInput[]): SideRun {
  return {
    id: 1,
    side: flowIds[0]?.startsWith('jwt') ? 'jwt' : 'session',
    scenarioId: 'login',
    flowIds,
    status: 'done',
    events: buildEvents(inputs),
    exchanges: [],
    snapshots: [EMPTY_SNAPSHOT],
  };
}

export function buildLabState(overrides: Partial<LabState> = {}): LabState {
  return {
    instance_id: 'test-1',
    now: '2026-01-01T10:00:00.000Z',
    clock_offset_seconds: 0,
    store: { kind: 'memory', ok: true },
    cookies_received: [],
    user: {
      id: 42,
      email: 'john@example.com',
      name: 'John Doe',
      role: 'admin',
      disabled: false,
      credential_version: 3,
    },
    ...overrides,
  };
}

/** A structurally valid JWT for display tests (the page never verifies signatures). */
export function buildToken(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  signature = 'c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMzItYnl0ZXMtbG9uZw',
): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode(header)}.${encode(payload)}.${signature}`;
}
