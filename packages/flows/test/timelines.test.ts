import { describe, expect, it } from 'vitest';
import { getFlow } from '../src/catalog.ts';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  REFRESH_FAMILY_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  SESSION_IDLE_TIMEOUT_SECONDS,
  TIMELINES,
} from '../src/timelines.ts';

function lifetimesOf(id: string): Record<string, number> {
  const timeline = TIMELINES.find((candidate) => candidate.id === id);
  return Object.fromEntries(
    (timeline?.lifetimes ?? []).map((lifetime) => [lifetime.id, lifetime.seconds]),
  );
}

describe('TIMELINES', () => {
  it('uses the defaults both APIs use: 30 min idle, 8 h absolute; 15 min, 7 days, 30 days', () => {
    expect([SESSION_IDLE_TIMEOUT_SECONDS, SESSION_ABSOLUTE_TIMEOUT_SECONDS]).toEqual([
      1800, 28_800,
    ]);
    expect([
      ACCESS_TOKEN_TTL_SECONDS,
      REFRESH_TOKEN_TTL_SECONDS,
      REFRESH_FAMILY_TTL_SECONDS,
    ]).toEqual([900, 604_800, 2_592_000]);
    expect(lifetimesOf('session')).toEqual({ idle: 1800, absolute: 28_800 });
    expect(lifetimesOf('jwt')).toEqual({ access: 900, refresh: 604_800, family: 2_592_000 });
  });

  it("keeps the documents' 1 h access token and 168 h refresh token for comparison", () => {
    expect(lifetimesOf('jwt-documents')).toEqual({ access: 3600, refresh: 168 * 3600 });
  });

  it('lists events in time order and links only to existing flows', () => {
    for (const timeline of TIMELINES) {
      const times = timeline.events.map((event) => event.atSeconds);
      expect(times, timeline.id).toEqual([...times].sort((a, b) => a - b));
      if (timeline.flowId !== undefined)
        expect(getFlow(timeline.flowId), timeline.id).not.toBeNull();
    }
  });
});
