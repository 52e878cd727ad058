import type { Context } from 'koa';
import { describe, expect, it } from 'vitest';
import { getTrace } from '../src/trace.ts';

describe('getTrace', () => {
  it("takes only this API's step ids: a misspelt or foreign id does not compile", () => {
    const trace = getTrace({ state: {} } as Context);

    trace.record('jwt.auth.verify-token', 0);
    // @ts-expect-error a misspelt step id is not in this API's union (typecheck fails without this line's error)
    trace.record('jwt.auth.verfy-token', 0);
    // @ts-expect-error another API's step id is not this API's either
    trace.record('session.auth.read-cookie', 0);

    expect(trace.entries.map((entry) => entry.id)).toEqual([
      'jwt.auth.verify-token',
      'jwt.auth.verfy-token',
      'session.auth.read-cookie',
    ]);
  });
});
