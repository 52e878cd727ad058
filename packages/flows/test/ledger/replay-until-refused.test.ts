import { describe, expect, it } from 'vitest';
import { type ReplayProbe, replayUntilRefused } from '../../src/ledger/replay-until-refused.ts';

/** A server that accepts the credential while its clock is below `validUntil` seconds. */
function fakeServer(validUntil: number): ReplayProbe & { clockLog: number[] } {
  let clock = 0;
  const clockLog: number[] = [];
  return {
    clockLog,
    async setClock(seconds) {
      clock = seconds;
      clockLog.push(seconds);
    },
    async replay() {
      return clock < validUntil;
    },
  };
}

const SCHEDULE = { stepSeconds: 60, maxSeconds: 3600, precisionSeconds: 1 };

describe('replayUntilRefused', () => {
  it('reports a credential refused at once as never accepted', async () => {
    expect(await replayUntilRefused(fakeServer(0), SCHEDULE)).toEqual({
      lastAcceptedSeconds: null,
      firstRefusedSeconds: 0,
      replays: 1,
    });
  });

  it('steps, then bisects to the second the credential stopped working', async () => {
    const server = fakeServer(906);

    const latency = await replayUntilRefused(server, SCHEDULE);

    expect(latency.lastAcceptedSeconds).toBe(905);
    expect(latency.firstRefusedSeconds).toBe(906);
    expect(server.clockLog.slice(0, 3)).toEqual([0, 60, 120]);
  });

  it('stops at maxSeconds with a credential still accepted', async () => {
    expect(await replayUntilRefused(fakeServer(10_000), SCHEDULE)).toMatchObject({
      lastAcceptedSeconds: 3600,
      firstRefusedSeconds: null,
    });
  });
});
