/**
 * One load run with autocannon: a fixed number of connections hammer one URL for a fixed time.
 *
 * Latency percentiles are computed here from every response time autocannon reports (its own
 * histogram keeps whole milliseconds, and on loopback most requests take well under one). The
 * rate is also computed here, from the first request to the last response: autocannon only stops
 * on its next 1 s tick, and counting that idle tail would understate slow requests like logins.
 * Every non-2xx answer and every connection error is counted: a run that got 401s or 429s did not
 * measure the configuration, and the caller must throw it away.
 */
import autocannon from 'autocannon';
import { percentile } from './stats.ts';

export interface LoadRequest {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly connections: number;
  /** A fixed time (GET /me), or a fixed number of requests (logins, which take ~100 ms each). */
  readonly until: { readonly seconds: number } | { readonly requests: number };
}

export interface LoadSample {
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly durationSeconds: number;
  /** Count per status code, e.g. `{ "200": 240113 }`; shows WHICH non-2xx answers came. */
  readonly statusCodes: Readonly<Record<string, number>>;
}

function runAutocannon(
  options: autocannon.Options,
  onResponse: (time: number, status: number) => void,
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) reject(error);
      else resolve(result);
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) =>
      onResponse(responseTime, statusCode),
    );
  });
}

/** Results files keep what the measurement can resolve, not 15 digits of noise. */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export async function runLoad(request: LoadRequest): Promise<LoadSample> {
  const responseTimesMs: number[] = [];
  const statusCodes: Record<string, number> = {};
  const startedAt = performance.now();
  let lastResponseAt = startedAt;
  const result = await runAutocannon(
    {
      url: request.url,
      method: request.method ?? 'GET',
      headers: { ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
      connections: request.connections,
      ...('seconds' in request.until
        ? { duration: request.until.seconds }
        : { amount: request.until.requests }),
    },
    (time, status) => {
      lastResponseAt = performance.now();
      responseTimesMs.push(time);
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    },
  );
  const requests = responseTimesMs.length;
  const durationSeconds = (lastResponseAt - startedAt) / 1000;
  return {
    requestsPerSecond: durationSeconds > 0 ? roundTo(requests / durationSeconds, 1) : 0,
    latencyP50Ms: roundTo(percentile(responseTimesMs, 0.5), 3),
    latencyP99Ms: roundTo(percentile(responseTimesMs, 0.99), 3),
    requests,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: roundTo(durationSeconds, 3),
    statusCodes,
  };
}

/** Why a sample cannot be trusted, or null when every request got a 2xx answer. */
export function describeInvalidSample(sample: LoadSample): string | null {
  const problems: string[] = [];
  if (sample.non2xx > 0) {
    const codes = Object.entries(sample.statusCodes)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, count]) => `${count}× ${code}`);
    problems.push(`${sample.non2xx} non-2xx responses (${codes.join(', ')})`);
  }
  if (sample.errors > 0)
    problems.push(`${sample.errors} connection errors (${sample.timeouts} timeouts)`);
  if (sample.requests === 0) problems.push('no response at all');
  return problems.length === 0 ? null : problems.join('; ');
}
