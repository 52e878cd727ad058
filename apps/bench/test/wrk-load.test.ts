import { describe, expect, it } from 'vitest';
import { describeInvalidSample, parseWrkReport, toLoadSample } from '../src/wrk-load.ts';

const REPORT = {
  requests: 20_000,
  durationMicroseconds: 2_000_000,
  connectErrors: 0,
  readErrors: 0,
  writeErrors: 0,
  statusErrors: 0,
  timeouts: 0,
  latencyP50Microseconds: 450,
  latencyP99Microseconds: 2_100,
};

describe('parseWrkReport', () => {
  it("finds the report line among wrk's own output", () => {
    const stdout = `Running 2s test @ http://127.0.0.1:1/me\n${JSON.stringify(REPORT)}\n`;
    expect(parseWrkReport(stdout)).toEqual(REPORT);
  });

  it('fails when wrk printed no report', () => {
    expect(() => parseWrkReport('unable to connect')).toThrow(/no report/);
  });
});

describe('toLoadSample', () => {
  it('divides the server CPU time by the requests served', () => {
    const sample = toLoadSample(REPORT, 1_200_000);
    expect(sample.cpuPerRequestMicroseconds).toBe(60);
    expect(sample.requestsPerSecond).toBe(10_000);
    expect(sample.latencyP50Ms).toBe(0.45);
  });

  it('counts error answers and socket errors as reasons to discard the run', () => {
    const sample = toLoadSample({ ...REPORT, statusErrors: 3, timeouts: 1 }, 1_000);
    expect(describeInvalidSample(sample)).toBe(
      '3 answers with status ≥ 400; 1 socket errors or timeouts',
    );
    expect(describeInvalidSample(toLoadSample(REPORT, 1_000))).toBeNull();
  });
});
